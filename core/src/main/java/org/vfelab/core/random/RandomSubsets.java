package org.vfelab.core.random;

import java.util.SplittableRandom;

/** Uniform random subsets, drawn by a partial Fisher-Yates shuffle (k draws, no rejection). */
public final class RandomSubsets {

    private RandomSubsets() {
    }

    /** {@code k} distinct values of {@code [0, n)} in the order drawn; every k-subset is equally likely. */
    public static int[] choose(SplittableRandom random, int n, int k) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("cannot choose " + k + " of " + n);
        }
        int[] pool = new int[n];
        for (int i = 0; i < n; i++) {
            pool[i] = i;
        }
        int[] chosen = new int[k];
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = pool[i];
            pool[i] = pool[j];
            pool[j] = swap;
            chosen[i] = pool[i];
        }
        return chosen;
    }
}
