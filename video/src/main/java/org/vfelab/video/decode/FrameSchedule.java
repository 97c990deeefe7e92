package org.vfelab.video.decode;

import org.vfelab.video.FrameSampling;

/**
 * Which frames of a video (0-based decode order) become a clip's frames. Indices never decrease and stay inside
 * the video; they repeat when the clip asks for more frames than the video has (uniform sampling of a short
 * video), or for times after its end (fps sampling), which then show its last frame.
 */
public final class FrameSchedule {
    private FrameSchedule() {
    }

    /**
     * The frame indices for {@code sampling}.
     *
     * @param videoFrames frames in the video
     * @param videoFps    the video's frame rate (used by fps sampling)
     * @param fps         the sampling rate of fps sampling
     * @param frames      frames per clip
     */
    public static int[] of(FrameSampling sampling, int videoFrames, double videoFps, double fps, int frames) {
        return switch (sampling) {
            case UNIFORM -> uniform(videoFrames, frames);
            case FPS -> atRate(videoFrames, videoFps, fps, frames);
        };
    }

    /** The middle frame of each of {@code frames} equal segments of the video. */
    public static int[] uniform(int videoFrames, int frames) {
        if (videoFrames < 1 || frames < 1) {
            throw new IllegalArgumentException("need a positive frame count, got " + videoFrames + " and " + frames);
        }
        int[] indices = new int[frames];
        for (int i = 0; i < frames; i++) {
            indices[i] = (int) Math.min(videoFrames - 1, ((2L * i + 1) * videoFrames) / (2L * frames));
        }
        return indices;
    }

    /**
     * The frames at times {@code 0, 1/fps, 2/fps, ...}: the frame on screen at each time, the last one for times
     * after the video's end.
     */
    public static int[] atRate(int videoFrames, double videoFps, double fps, int frames) {
        if (videoFrames < 1 || !(videoFps > 0) || !(fps > 0) || frames < 1) {
            throw new IllegalArgumentException("need positive counts and rates, got a video of " + videoFrames
                    + " frames at " + videoFps + " fps, sampling at " + fps + " fps, " + frames + " frames");
        }
        int[] indices = new int[frames];
        for (int i = 0; i < frames; i++) {
            indices[i] = (int) Math.min(videoFrames - 1, Math.floor(i * videoFps / fps + 1e-9));
        }
        return indices;
    }
}
