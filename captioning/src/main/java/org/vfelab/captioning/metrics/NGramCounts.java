package org.vfelab.captioning.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How often each n-gram of orders 1 to {@link #MAX_ORDER} occurs in one caption, by order. An n-gram is its words
 * joined by single spaces; tokens hold no whitespace, so the key is unambiguous.
 *
 * @param byOrder counts of the 1-grams, 2-grams, ... (index 0 holds the unigrams)
 */
record NGramCounts(List<Map<String, Integer>> byOrder) {

    /** The longest n-gram CIDEr-D counts. */
    static final int MAX_ORDER = 4;

    NGramCounts {
        byOrder = byOrder.stream().map(Map::copyOf).toList();
    }

    static NGramCounts of(List<String> tokens) {
        List<Map<String, Integer>> byOrder = new ArrayList<>();
        for (int n = 1; n <= MAX_ORDER; n++) {
            Map<String, Integer> counts = new HashMap<>();
            for (int start = 0; start + n <= tokens.size(); start++) {
                counts.merge(String.join(" ", tokens.subList(start, start + n)), 1, Integer::sum);
            }
            byOrder.add(counts);
        }
        return new NGramCounts(byOrder);
    }

    /** Every n-gram that occurs, of any order. */
    Set<String> grams() {
        return byOrder.stream().flatMap(counts -> counts.keySet().stream()).collect(Collectors.toSet());
    }

    /**
     * The caption's length as pycocoevalcap's Gaussian penalty measures it: its number of bigrams (the count it
     * accumulates for n-gram index 1), one less than its words for any non-empty caption.
     */
    int length() {
        return byOrder.get(1).values().stream().mapToInt(Integer::intValue).sum();
    }
}
