package org.vfelab.movingshapes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.Vocabulary;

class VocabularyTest {
    private final Vocabulary vocab = CaptionWriter.vocabulary();

    @Test
    void specialTokensHaveFixedIdsAndEveryGeneratorWordIsKnown() {
        assertThat(vocab.token(Vocabulary.PAD)).isEqualTo("<pad>");
        assertThat(vocab.token(Vocabulary.BOS)).isEqualTo("<bos>");
        assertThat(vocab.token(Vocabulary.EOS)).isEqualTo("<eos>");
        // a and the moves then + 6 colours + 4 shapes + 4 directions
        assertThat(vocab.size()).isEqualTo(3 + 5 + 6 + 4 + 4);
    }

    @Test
    void encodeIsBosWordsEosThenPadAndDecodeRoundTrips() {
        String caption = "the red square moves left then the blue circle moves up";
        int[] ids = vocab.encode(caption, 16);
        assertThat(ids).hasSize(16);
        assertThat(ids[0]).isEqualTo(Vocabulary.BOS);
        assertThat(ids[12]).isEqualTo(Vocabulary.EOS);
        assertThat(ids).containsSubsequence(Vocabulary.EOS, Vocabulary.PAD, Vocabulary.PAD, Vocabulary.PAD);
        for (int i = 1; i < 12; i++) {
            assertThat(ids[i]).isGreaterThan(Vocabulary.EOS);
        }
        assertThat(vocab.decode(ids)).isEqualTo(caption);
        assertThat(vocab.encode(caption, 13)).containsExactly(java.util.Arrays.copyOf(ids, 13));
    }

    @Test
    void everyEvalCaptionRoundTrips() {
        MovingShapesDataset data = new MovingShapesDataset(3, 8, 32, 2, 64, 64,
                List.of(CaptionFamily.APPEARANCE, CaptionFamily.TEMPORAL), 13);
        for (CaptionFamily f : CaptionFamily.values()) {
            for (String c : data.evalSet(f).captions()) {
                assertThat(vocab.decode(vocab.encode(c, 13))).isEqualTo(c);
            }
        }
    }

    @Test
    void rejectsUnknownWordsCaptionsThatDoNotFitAndBadIds() {
        assertThatThrownBy(() -> vocab.encode("a red hexagon", 12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'hexagon'");
        assertThatThrownBy(() -> vocab.encode("a red <eos> square", 12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'<eos>'");
        assertThatThrownBy(() -> vocab.encode("the red square moves left then the blue circle moves up", 12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs 13 tokens");
        assertThatThrownBy(() -> vocab.decode(new int[] {1, vocab.size()}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Vocabulary(List.of("red", "red")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void decodeStopsAtEosAndSkipsPadding() {
        int red = vocab.encode("red", 3)[1];
        int square = vocab.encode("square", 3)[1];
        assertThat(vocab.decode(new int[] {Vocabulary.BOS, red, Vocabulary.PAD, square, Vocabulary.EOS, red}))
                .isEqualTo("red square");
    }
}
