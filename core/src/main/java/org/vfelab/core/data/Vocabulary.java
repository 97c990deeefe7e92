package org.vfelab.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The closed word list of a synthetic benchmark, with fixed ids so that token ids, the text encoder's embedding
 * table and decoded captions agree across runs: {@code <pad>} = 0 (so a zero-filled token array is all padding),
 * {@code <bos>} = 1, {@code <eos>} = 2, then the words in the dataset's order. Encoding is strict: an unknown
 * word or a caption that does not fit is an error, never a silent truncation.
 */
public final class Vocabulary {
    public static final int PAD = 0;
    public static final int BOS = 1;
    public static final int EOS = 2;
    private static final List<String> SPECIAL = List.of("<pad>", "<bos>", "<eos>");

    private final List<String> tokens;
    private final Map<String, Integer> ids = new HashMap<>();

    /** A vocabulary of the special tokens followed by {@code words} (distinct, no whitespace). */
    public Vocabulary(List<String> words) {
        List<String> all = new ArrayList<>(SPECIAL);
        all.addAll(words);
        this.tokens = List.copyOf(all);
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i);
            if (w.isBlank() || w.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("vocabulary word '" + w + "' is blank or has whitespace");
            }
            if (ids.put(w, i) != null) {
                throw new IllegalArgumentException("vocabulary word '" + w + "' appears twice");
            }
        }
    }

    /** Number of ids, special tokens included: the size an embedding table needs. */
    public int size() {
        return tokens.size();
    }

    /** The token with this id. */
    public String token(int id) {
        if (id < 0 || id >= tokens.size()) {
            throw new IllegalArgumentException("token id " + id + " outside [0, " + tokens.size() + ")");
        }
        return tokens.get(id);
    }

    /** {@code <bos> words <eos>} followed by {@code <pad>} up to {@code maxTokens} ids. */
    public int[] encode(String caption, int maxTokens) {
        String trimmed = caption.strip();
        String[] words = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
        if (words.length + 2 > maxTokens) {
            throw new IllegalArgumentException("caption '" + caption + "' needs " + (words.length + 2)
                    + " tokens with <bos> and <eos>, more than maxTokens " + maxTokens);
        }
        int[] out = new int[maxTokens];
        out[0] = BOS;
        for (int i = 0; i < words.length; i++) {
            Integer id = ids.get(words[i]);
            if (id == null || id <= EOS) {
                throw new IllegalArgumentException("unknown word '" + words[i] + "' in caption '" + caption
                        + "' (known: " + tokens.subList(EOS + 1, tokens.size()) + ")");
            }
            out[i + 1] = id;
        }
        out[words.length + 1] = EOS;
        return out;
    }

    /** The words between {@code <bos>} and the first {@code <eos>}, padding skipped, joined by spaces. */
    public String decode(int[] ids) {
        List<String> words = new ArrayList<>();
        for (int id : ids) {
            String t = token(id);
            if (id == EOS) {
                break;
            }
            if (id != PAD && id != BOS) {
                words.add(t);
            }
        }
        return String.join(" ", words);
    }
}
