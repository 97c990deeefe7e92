package org.vfelab.core.data;

import java.util.EnumMap;
import java.util.Map;

/**
 * Paints a {@link ClipScript} into a caller's float array (frames x size x size x 3, channels last, in [0, 1]):
 * a plain dark background, flat-coloured shapes, then mild uniform noise on every value so that no two clips are
 * bit-identical and a model cannot key on exact pixel values. Writing into a shared array lets a whole batch be
 * handed to ND4J with one copy.
 */
final class ClipRenderer {
    static final int CHANNELS = 3;
    static final float[] BACKGROUND = {0.08f, 0.08f, 0.10f};
    static final float NOISE = 0.04f;

    private final int size;
    private final int side;
    private final float noise;
    private final Map<ShapeKind, boolean[]> masks = new EnumMap<>(ShapeKind.class);
    private final float[] background;

    ClipRenderer(int size, int side, float noise) {
        this.size = size;
        this.side = side;
        this.noise = noise;
        for (ShapeKind k : ShapeKind.values()) {
            masks.put(k, k.mask(side));
        }
        this.background = new float[size * size * CHANNELS];
        for (int i = 0; i < background.length; i++) {
            background[i] = BACKGROUND[i % CHANNELS];
        }
    }

    /** Floats written per clip. */
    int floatsPerClip(int frames) {
        return frames * size * size * CHANNELS;
    }

    /** Renders the script at {@code dst[offset ...]}; the noise is a function of {@code noiseSeed} only. */
    void render(ClipScript script, long noiseSeed, float[] dst, int offset) {
        int frameFloats = size * size * CHANNELS;
        for (int t = 0; t < script.frames(); t++) {
            int base = offset + t * frameFloats;
            System.arraycopy(background, 0, dst, base, frameFloats);
            for (int o = 0; o < script.objects().size(); o++) {
                paint(script.objects().get(o), script.xs()[o][t], script.ys()[o][t], dst, base);
            }
        }
        addNoise(dst, offset, floatsPerClip(script.frames()), noiseSeed);
    }

    private void paint(ShapeObject object, int x0, int y0, float[] dst, int base) {
        boolean[] mask = masks.get(object.kind());
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (mask[y * side + x]) {
                    int at = base + ((y0 + y) * size + x0 + x) * CHANNELS;
                    for (int c = 0; c < CHANNELS; c++) {
                        dst[at + c] = object.colour().channel(c);
                    }
                }
            }
        }
    }

    /** Adds uniform noise in [-noise, noise], four 16-bit draws per SplitMix64 output, clamped to [0, 1]. */
    private void addNoise(float[] dst, int offset, int length, long seed) {
        if (noise == 0f) {
            return;
        }
        long state = seed;
        long bits = 0;
        float scale = 2f * noise / 65535f;
        for (int i = 0; i < length; i++) {
            if ((i & 3) == 0) {
                state += 0x9e3779b97f4a7c15L;
                bits = Seeds.mix(state);
            }
            float v = dst[offset + i] + (bits & 0xffff) * scale - noise;
            bits >>>= 16;
            dst[offset + i] = Math.max(0f, Math.min(1f, v));
        }
    }

    /** Copies a rendered clip into {@code dst} with its frames in reverse order: the time-reversed clip. */
    static void copyReversed(float[] src, int srcOffset, float[] dst, int dstOffset, int frames, int frameFloats) {
        for (int t = 0; t < frames; t++) {
            System.arraycopy(src, srcOffset + (frames - 1 - t) * frameFloats, dst, dstOffset + t * frameFloats,
                    frameFloats);
        }
    }
}
