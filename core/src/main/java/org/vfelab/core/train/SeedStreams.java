package org.vfelab.core.train;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the trial seed, one per purpose and index, so that changing how one
 * stream is consumed never shifts another (Tribuo's split RNGs).
 */
public final class SeedStreams {

    private SeedStreams() {
    }

    /** A stream for {@code purpose} (e.g. "mask") at {@code index} (e.g. the step). */
    public static SplittableRandom stream(long seed, String purpose, long index) {
        return new SplittableRandom(derive(seed, purpose, index));
    }

    /** A 64-bit seed mixing the trial seed, a purpose name and an index. */
    public static long derive(long seed, String purpose, long index) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (int i = 0; i < purpose.length(); i++) {
            h = mix(h ^ purpose.charAt(i));
        }
        return mix(h ^ index);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
