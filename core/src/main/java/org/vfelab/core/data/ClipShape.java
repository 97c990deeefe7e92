package org.vfelab.core.data;

/**
 * The shape of one clip as backbones and samplers see it ({@code [T, H, W, C]}, channels last). Models size their
 * tubelet grids from it, and memory probes from {@link #floatsPerClip()}, before any data is generated.
 */
public record ClipShape(int frames, int height, int width, int channels) {
    public ClipShape {
        if (frames < 1 || height < 1 || width < 1 || channels < 1) {
            throw new IllegalArgumentException("clip shape must be positive, got " + frames + "x" + height + "x"
                    + width + "x" + channels);
        }
    }

    /** Floats in one clip; a long because long, large clips overflow an int only a few multiples away. */
    public long floatsPerClip() {
        return (long) frames * height * width * channels;
    }
}
