package org.vfelab.video;

import java.util.Locale;

/**
 * Which frames of a video file become the frames of a clip ({@code data.video.sampling}). A closed set, so an enum
 * rather than a plugin.
 */
public enum FrameSampling {
    /** {@code data.frames} frames spread evenly over the whole video, whatever its length: one centre per segment. */
    UNIFORM,
    /** Frames from the start at a fixed rate ({@code data.video.fps}); a short video repeats its last frame. */
    FPS;

    /** The descriptor name: {@code uniform} or {@code fps}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
