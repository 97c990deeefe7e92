package org.vfelab.video.text;

import org.junit.jupiter.api.Test;
import org.vfelab.core.data.Vocabulary;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The word tokenizer learned from training captions. */
class VideoFilesTokenizerTest {
    private static final List<String> CAPTIONS = List.of("A dog runs.", "a dog jumps", "The DOG, a cat & 2 birds",
            "a cat sleeps");

    @Test
    void wordsAreLowercaseLetterRuns() {
        assertThat(WordTokenizer.words("The DOG's 2nd ball--red!")).containsExactly("the", "dog", "s", "nd", "ball",
                "red");
        assertThat(WordTokenizer.words("Ça débute à l'école"))
                .containsExactly("ça", "débute", "à", "l", "école");
        assertThat(WordTokenizer.words(" 42 ")).isEmpty();
    }

    @Test
    void theVocabularyIsTheSpecialTokensThenTheMostFrequentWords() {
        WordTokenizer tokenizer = WordTokenizer.fit(CAPTIONS, 8);

        // a: 4, dog: 3, cat: 2, then birds, jumps, runs, sleeps, the once each (alphabetical).
        assertThat(tokenizer.vocabularyFile()).isEqualTo("<pad>\n<bos>\n<eos>\n<unk>\na\ndog\ncat\nbirds\n");
        assertThat(tokenizer.vocabulary().size()).isEqualTo(8);
    }

    @Test
    void aSmallCorpusGivesASmallerVocabulary() {
        assertThat(WordTokenizer.fit(List.of("a dog"), 64).vocabulary().size()).isEqualTo(6);
    }

    @Test
    void encodingMapsUnknownWordsToUnkAndRoundTripsThroughTheVocabulary() {
        WordTokenizer tokenizer = WordTokenizer.fit(CAPTIONS, 8);

        int[] ids = tokenizer.encode("A dog chases the CAT!", 10);
        assertThat(ids).containsExactly(Vocabulary.BOS, 4, 5, WordTokenizer.UNK, WordTokenizer.UNK, 6, Vocabulary.EOS,
                0, 0, 0);
        assertThat(tokenizer.vocabulary().decode(ids)).isEqualTo("a dog <unk> <unk> cat");
        assertThat(tokenizer.text("A dog chases the CAT!", 10)).isEqualTo("a dog chases the cat");
    }

    @Test
    void wordsThatDoNotFitAreCutOffAtTheEnd() {
        WordTokenizer tokenizer = WordTokenizer.fit(CAPTIONS, 8);

        assertThat(tokenizer.encode("a dog a cat a dog", 5)).containsExactly(Vocabulary.BOS, 4, 5, 4, Vocabulary.EOS);
        assertThat(tokenizer.text("a dog a cat a dog", 5)).isEqualTo("a dog a");
    }

    @Test
    void tooSmallSizesAreRejected() {
        assertThatThrownBy(() -> WordTokenizer.fit(CAPTIONS, 4)).hasMessageContaining("got 4");
        assertThatThrownBy(() -> WordTokenizer.fit(CAPTIONS, 8).encode("a", 2)).hasMessageContaining("got 2");
    }
}
