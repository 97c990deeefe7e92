package org.vfelab.core.data;

/**
 * Derives independent random streams from one configured seed (SplitMix64 finalizer), so that clip i of a split
 * can be regenerated on demand instead of held in memory, and the train and eval splits never share a stream.
 */
final class Seeds {
    private Seeds() {
    }

    /** The SplitMix64 finalizer: a bijection that scrambles all 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The seed of item {@code index} of the named stream ("train", "eval", "batch", ...). */
    static long derive(long seed, String stream, long index) {
        long h = mix(seed + 0x9e3779b97f4a7c15L);
        for (int i = 0; i < stream.length(); i++) {
            h = mix(h ^ stream.charAt(i));
        }
        return mix(h + 0x9e3779b97f4a7c15L * (index + 1));
    }
}
