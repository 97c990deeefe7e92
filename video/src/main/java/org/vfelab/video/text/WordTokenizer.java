package org.vfelab.video.text;

import org.vfelab.core.data.Vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A word-level tokenizer learned from training captions. A caption's words are its runs of letters, lowercased
 * (digits and punctuation separate words and are dropped). The vocabulary is {@code <pad>}, {@code <bos>},
 * {@code <eos>} (ids 0-2, as {@link Vocabulary} fixes them), {@code <unk>} (id {@value #UNK}), then the most
 * frequent training words, most frequent first (ties alphabetical), up to {@code vocabSize} ids in all.
 *
 * <p>A word outside the vocabulary becomes {@code <unk>} rather than disappearing, so a caption keeps its length
 * and word positions; words that do not fit {@code maxTokens} (with {@code <bos>} and {@code <eos>}) are cut off
 * at the end.
 */
public final class WordTokenizer {
    /** The id of {@code <unk>}. */
    public static final int UNK = 3;
    /** The token of unknown words. */
    public static final String UNK_TOKEN = "<unk>";
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private final Vocabulary vocabulary;
    private final Map<String, Integer> ids = new HashMap<>();

    private WordTokenizer(List<String> words) {
        List<String> tokens = new ArrayList<>();
        tokens.add(UNK_TOKEN);
        tokens.addAll(words);
        this.vocabulary = new Vocabulary(tokens);
        for (int id = UNK; id < vocabulary.size(); id++) {
            ids.put(vocabulary.token(id), id);
        }
    }

    /** The tokenizer of {@code captions} (every training caption, repeats counted), at most {@code vocabSize} ids. */
    public static WordTokenizer fit(Collection<String> captions, int vocabSize) {
        if (vocabSize <= UNK + 1) {
            throw new IllegalArgumentException("vocabulary size must leave room for a word after <pad>, <bos>, "
                    + "<eos> and <unk>, got " + vocabSize);
        }
        Map<String, Integer> counts = new HashMap<>();
        captions.forEach(caption -> words(caption).forEach(word -> counts.merge(word, 1, Integer::sum)));
        List<String> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(vocabSize - UNK - 1L).map(Map.Entry::getKey).toList();
        return new WordTokenizer(ranked);
    }

    /** The lowercase letter runs of {@code caption}. */
    public static List<String> words(String caption) {
        return Arrays.stream(NON_LETTERS.split(caption.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }

    /** The token ids' meanings, for the text encoder's embedding table and for decoding. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** {@code <bos>}, the ids of the words that fit, {@code <eos>}, then {@code <pad>} up to {@code maxTokens}. */
    public int[] encode(String caption, int maxTokens) {
        List<String> words = fitting(caption, maxTokens);
        int[] out = new int[maxTokens];
        out[0] = Vocabulary.BOS;
        for (int i = 0; i < words.size(); i++) {
            out[i + 1] = ids.getOrDefault(words.get(i), UNK);
        }
        out[words.size() + 1] = Vocabulary.EOS;
        return out;
    }

    /**
     * The caption as the model sees it, unknown words kept as written: the words that fit {@code maxTokens},
     * joined by single spaces. Two captions with the same text are the same caption to training and retrieval.
     */
    public String text(String caption, int maxTokens) {
        return String.join(" ", fitting(caption, maxTokens));
    }

    /** The vocabulary as a text file: one token per line, the token with id i on line i + 1. */
    public String vocabularyFile() {
        StringBuilder out = new StringBuilder();
        for (int id = 0; id < vocabulary.size(); id++) {
            out.append(vocabulary.token(id)).append('\n');
        }
        return out.toString();
    }

    private static List<String> fitting(String caption, int maxTokens) {
        if (maxTokens < 3) {
            throw new IllegalArgumentException("max tokens must hold <bos>, a word and <eos>, got " + maxTokens);
        }
        List<String> words = words(caption);
        return words.size() <= maxTokens - 2 ? words : words.subList(0, maxTokens - 2);
    }
}
