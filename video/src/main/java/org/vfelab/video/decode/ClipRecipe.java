package org.vfelab.video.decode;

import org.vfelab.video.FrameSampling;

import java.util.Locale;

/**
 * Everything besides the file itself that decides a decoded clip's bytes, so that the cache can key on it: which
 * frames are taken and how large they are.
 *
 * @param sampling which frames of the video are taken
 * @param fps      the rate of {@link FrameSampling#FPS} sampling (ignored by uniform sampling)
 * @param frames   frames per clip
 * @param size     side of the square frames in pixels
 */
public record ClipRecipe(FrameSampling sampling, double fps, int frames, int size) {
    /** RGB, channels last. */
    public static final int CHANNELS = 3;

    /** Requires positive counts and, for fps sampling, a positive rate. */
    public ClipRecipe {
        if (frames < 1 || size < 1 || sampling == FrameSampling.FPS && !(fps > 0)) {
            throw new IllegalArgumentException("need positive frames, size and fps, got " + frames + ", " + size
                    + ", " + fps);
        }
    }

    /** Bytes of one decoded clip. */
    public int clipBytes() {
        return Math.multiplyExact(frames, size * size * CHANNELS);
    }

    /** A canonical description, part of the cache key: the rate only where it matters. */
    public String describe() {
        String rate = sampling == FrameSampling.FPS ? String.format(Locale.ROOT, "@%s", fps) : "";
        return sampling.key() + rate + " " + frames + "x" + size + "x" + size + "x" + CHANNELS;
    }
}
