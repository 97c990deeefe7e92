package org.vfelab.movingshapes;

import org.vfelab.core.random.SeedStreams;
import java.util.EnumMap;
import java.util.Map;

/**
 * Paints a {@link ClipScript} into a caller's float array (frames x size x size x 3, channels last, in [0, 1]):
 * a plain dark background and flat-coloured shapes, each value with mild uniform noise so that no two clips are
 * alike bit for bit and a model cannot key on exact pixel values. Writing into a shared array lets a whole batch be
 * handed to ND4J with one copy.
 */
final class ClipRenderer {
    static final int CHANNELS = 3;
    static final float[] BACKGROUND = {0.08f, 0.08f, 0.10f};
    /** Noise amplitude; with {@link #BACKGROUND} and {@link Colour} values in [0.08, 0.95], sums stay in [0, 1]. */
    static final float NOISE = 0.04f;
    private static final int NOISE_TABLE = 1 << 20;

    private final int size;
    private final int side;
    private final float[] noiseTable;
    private final Map<ShapeKind, boolean[]> masks = new EnumMap<>(ShapeKind.class);
    private final float[] background;

    ClipRenderer(int size, int side, float noise) {
        this.size = size;
        this.side = side;
        this.noiseTable = noiseTable(size * size * CHANNELS, noise);
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
        long state = noiseSeed;
        for (int t = 0; t < script.frames(); t++) {
            state += 0x9e3779b97f4a7c15L;
            int from = (int) Long.remainderUnsigned(SeedStreams.mix(state), noiseTable.length - frameFloats + 1);
            int base = offset + t * frameFloats;
            for (int i = 0; i < frameFloats; i++) {
                dst[base + i] = background[i] + noiseTable[from + i];
            }
            for (int o = 0; o < script.objects().size(); o++) {
                paint(script.objects().get(o), script.xs()[o][t], script.ys()[o][t], dst, base, from);
            }
        }
    }

    private void paint(ShapeObject object, int x0, int y0, float[] dst, int base, int noiseFrom) {
        boolean[] mask = masks.get(object.kind());
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (mask[y * side + x]) {
                    int at = ((y0 + y) * size + x0 + x) * CHANNELS;
                    for (int c = 0; c < CHANNELS; c++) {
                        dst[base + at + c] = object.colour().channel(c) + noiseTable[noiseFrom + at + c];
                    }
                }
            }
        }
    }

    /**
     * A fixed table of uniform noise in [-amplitude, amplitude]; each frame adds a slice at a seeded offset.
     * Drawing fresh noise per value cost ~5 ns per float, most of a batch's time; a slice costs an add.
     */
    private static float[] noiseTable(int frameFloats, float amplitude) {
        float[] table = new float[Math.max(NOISE_TABLE, 4 * frameFloats)];
        if (amplitude == 0f) {
            return table;
        }
        long state = 0x5eedL;
        for (int i = 0; i < table.length; i += 4) {
            state += 0x9e3779b97f4a7c15L;
            long bits = SeedStreams.mix(state);
            for (int k = 0; k < 4 && i + k < table.length; k++, bits >>>= 16) {
                table[i + k] = (bits & 0xffff) * (2f * amplitude / 65535f) - amplitude;
            }
        }
        return table;
    }

    /** Copies a rendered clip into {@code dst} with its frames in reverse order: the time-reversed clip. */
    static void copyReversed(float[] src, int srcOffset, float[] dst, int dstOffset, int frames, int frameFloats) {
        for (int t = 0; t < frames; t++) {
            System.arraycopy(src, srcOffset + (frames - 1 - t) * frameFloats, dst, dstOffset + t * frameFloats,
                    frameFloats);
        }
    }
}
