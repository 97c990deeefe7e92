package org.vfelab.movingshapes;

import org.vfelab.core.random.SeedStreams;
import java.util.SplittableRandom;

/**
 * Regenerates clip {@code index} of a named split ("train" or "eval") from the dataset seed alone, so a split of
 * any size costs no memory and the two splits come from disjoint random streams.
 */
final class ClipFactory {
    private static final long NOISE_SALT = 0x6e6f697365L;

    private final long seed;
    private final int frames;
    private final ScriptSampler sampler;
    private final ClipRenderer renderer;

    ClipFactory(long seed, int frames, int size, int events) {
        this.seed = seed;
        this.frames = frames;
        this.sampler = new ScriptSampler(frames, size, events);
        this.renderer = new ClipRenderer(size, sampler.side(), ClipRenderer.NOISE);
    }

    int frames() {
        return frames;
    }

    int floatsPerClip() {
        return renderer.floatsPerClip(frames);
    }

    /** The script of clip {@code index} of {@code split}, played forwards. */
    ClipScript script(String split, long index) {
        return sampler.sample(new SplittableRandom(SeedStreams.derive(seed, split, index)));
    }

    /** Renders clip {@code index} of {@code split} (its forward script) at {@code dst[offset ...]}. */
    void render(String split, long index, ClipScript forward, float[] dst, int offset) {
        renderer.render(forward, SeedStreams.mix(SeedStreams.derive(seed, split, index) ^ NOISE_SALT), dst, offset);
    }
}
