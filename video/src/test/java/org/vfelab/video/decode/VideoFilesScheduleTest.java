package org.vfelab.video.decode;

import org.junit.jupiter.api.Test;
import org.vfelab.video.FrameSampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which frames a clip takes, and how a frame is scaled and cropped: pure arithmetic, no video needed. */
class VideoFilesScheduleTest {

    @Test
    void uniformSamplingTakesTheMiddleFrameOfEqualSegments() {
        assertThat(FrameSchedule.uniform(24, 8)).containsExactly(1, 4, 7, 10, 13, 16, 19, 22);
        assertThat(FrameSchedule.uniform(100, 4)).containsExactly(12, 37, 62, 87);
        assertThat(FrameSchedule.uniform(8, 8)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void uniformSamplingOfAShortVideoRepeatsFrames() {
        assertThat(FrameSchedule.uniform(3, 8)).containsExactly(0, 0, 0, 1, 1, 2, 2, 2);
        assertThat(FrameSchedule.uniform(1, 4)).containsExactly(0, 0, 0, 0);
    }

    @Test
    void fpsSamplingStepsThroughTimeFromTheStart() {
        assertThat(FrameSchedule.atRate(240, 12, 4, 8)).containsExactly(0, 3, 6, 9, 12, 15, 18, 21);
        assertThat(FrameSchedule.atRate(240, 29.97, 2, 4)).containsExactly(0, 14, 29, 44);
        assertThat(FrameSchedule.atRate(240, 10, 20, 4)).as("faster than the video: frames repeat")
                .containsExactly(0, 0, 1, 1);
    }

    @Test
    void fpsSamplingPastTheEndShowsTheLastFrame() {
        assertThat(FrameSchedule.atRate(24, 12, 2, 8)).containsExactly(0, 6, 12, 18, 23, 23, 23, 23);
    }

    @Test
    void theSamplingKeyPicksTheSchedule() {
        assertThat(FrameSchedule.of(FrameSampling.UNIFORM, 24, 12, 4, 8)).containsExactly(1, 4, 7, 10, 13, 16, 19, 22);
        assertThat(FrameSchedule.of(FrameSampling.FPS, 24, 12, 4, 8)).containsExactly(0, 3, 6, 9, 12, 15, 18, 21);
    }

    @Test
    void badCountsAreRejected() {
        assertThatThrownBy(() -> FrameSchedule.uniform(0, 8)).hasMessageContaining("positive frame count");
        assertThatThrownBy(() -> FrameSchedule.atRate(24, 0, 2, 8)).hasMessageContaining("0.0 fps");
    }

    @Test
    void landscapeFramesLoseEqualMarginsLeftAndRight() {
        assertThat(CropGeometry.of(64, 48, 32)).isEqualTo(new CropGeometry(43, 32, 5, 0, 32));
        assertThat(CropGeometry.of(320, 240, 224)).isEqualTo(new CropGeometry(299, 224, 37, 0, 224));
        assertThat(CropGeometry.of(1920, 1080, 32)).isEqualTo(new CropGeometry(57, 32, 12, 0, 32));
    }

    @Test
    void portraitFramesLoseEqualMarginsTopAndBottom() {
        assertThat(CropGeometry.of(48, 64, 32)).isEqualTo(new CropGeometry(32, 43, 0, 5, 32));
    }

    @Test
    void squareFramesAreOnlyScaled() {
        assertThat(CropGeometry.of(64, 64, 32)).isEqualTo(new CropGeometry(32, 32, 0, 0, 32));
        assertThat(CropGeometry.of(16, 16, 32)).as("upscaled").isEqualTo(new CropGeometry(32, 32, 0, 0, 32));
    }
}
