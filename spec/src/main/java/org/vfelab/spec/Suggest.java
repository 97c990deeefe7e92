package org.vfelab.spec;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for mistyped keys and names: a close edit distance, or one name being a prefix of the other. */
final class Suggest {
    private static final int MAX_DISTANCE = 2;

    private Suggest() {
    }

    /** The closest candidate, if any is close enough to be what was meant. */
    static Optional<String> closest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(given, candidate);
            boolean prefix = !given.isEmpty() && (candidate.startsWith(given) || given.startsWith(candidate));
            boolean close = d <= MAX_DISTANCE && d < candidate.length() && d < given.length();
            if ((close || prefix) && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The candidates as {@code a, b, c}, or {@code none}. */
    static String list(Collection<String> candidates) {
        return candidates.isEmpty() ? "none" : String.join(", ", candidates);
    }

    /** Levenshtein distance, case-insensitive. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitute = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
