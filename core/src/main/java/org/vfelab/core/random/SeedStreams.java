package org.vfelab.core.random;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from one configured seed (SplitMix64 finalizer), one per purpose and index:
 * clip i of a split can be regenerated on demand instead of held in memory, the train and eval splits never share
 * a stream, and changing how one stream is consumed never shifts another (Tribuo's split RNGs).
 */
public final class SeedStreams {

    private SeedStreams() {
    }

    /** The SplitMix64 finalizer: a bijection that scrambles all 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The seed of item {@code index} of the named stream ("train", "eval", "batch", "mask", ...). */
    public static long derive(long seed, String stream, long index) {
        long h = mix(seed + 0x9e3779b97f4a7c15L);
        for (int i = 0; i < stream.length(); i++) {
            h = mix(h ^ stream.charAt(i));
        }
        return mix(h + 0x9e3779b97f4a7c15L * (index + 1));
    }

    /** A random stream for item {@code index} of the named stream. */
    public static SplittableRandom stream(long seed, String stream, long index) {
        return new SplittableRandom(derive(seed, stream, index));
    }
}
