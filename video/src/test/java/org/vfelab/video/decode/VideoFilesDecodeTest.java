package org.vfelab.video.decode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vfelab.video.FrameSampling;
import org.vfelab.video.TestVideos;
import org.vfelab.video.synth.Heading;
import org.vfelab.video.synth.MovingShapeVideo;
import org.vfelab.video.synth.Paint;
import org.vfelab.video.synth.Shape;

import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Real files through FFmpeg: the decoded frames show the square where the generator drew it, in mp4 (MPEG-4), webm
 * (VP8), avi (Motion JPEG) and a bare MPEG-4 stream whose frames must be counted.
 */
@Tag("integration")
class VideoFilesDecodeTest {
    private static final MovingShapeVideo VIDEO = TestVideos.SQUARE_RIGHT;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"square.mp4", "square.webm", "square.avi", "square.m4v"})
    void uniformFramesShowTheSquareMovingRight(String name) throws Exception {
        Path file = TestVideos.squareRight(dir.resolve(name));
        int size = 48;
        byte[] clip = new VideoDecoder(new ClipRecipe(FrameSampling.UNIFORM, 0, 8, size)).decode(file);

        assertThat(clip).hasSize(8 * size * size * 3);
        int[] indices = FrameSchedule.uniform(24, 8);
        double previous = -1;
        for (int t = 0; t < 8; t++) {
            // 64x48 scaled to short side 48 keeps its size; the crop drops 8 columns left and right.
            int from = Math.max(0, VIDEO.left(indices[t]) - 8);
            int to = Math.min(size, VIDEO.left(indices[t]) + VIDEO.side() - 8);
            double centre = brightColumnsCentre(clip, t, size);
            assertThat(centre).as("%s frame %d (video frame %d)", name, t, indices[t])
                    .isCloseTo((from + to - 1) / 2.0, within(1.0));
            assertThat(centre).isGreaterThan(previous);
            previous = centre;
            int middleColumn = (from + to) / 2;
            assertThat(value(clip, t, size, 24, middleColumn, 0)).as("inside the square").isGreaterThan(230);
            assertThat(value(clip, t, size, 24, middleColumn, 2)).isGreaterThan(230);
            assertThat(value(clip, t, size, 4, middleColumn, 1)).as("above it, black").isLessThan(25);
        }
    }

    @Test
    void fpsSamplingOfAShortVideoRepeatsItsLastFrame() throws Exception {
        Path file = TestVideos.squareRight(dir.resolve("square.mp4"));
        int size = 32;
        int frameBytes = size * size * 3;
        byte[] clip = new VideoDecoder(new ClipRecipe(FrameSampling.FPS, 2, 8, size)).decode(file);

        // 12 fps video, 2 fps sampling: frames 0, 6, 12, 18, then 23 (the last) four times.
        for (int t = 5; t < 8; t++) {
            assertThat(Arrays.copyOfRange(clip, t * frameBytes, (t + 1) * frameBytes))
                    .isEqualTo(Arrays.copyOfRange(clip, 4 * frameBytes, 5 * frameBytes));
        }
        assertThat(brightColumnsCentre(clip, 4, size)).as("the last frame: square at the right edge")
                .isGreaterThan(brightColumnsCentre(clip, 3, size));
        assertThat(brightColumnsCentre(clip, 0, size)).isLessThan(brightColumnsCentre(clip, 1, size));
    }

    @Test
    void fpsAndUniformSamplingTakeDifferentFrames() throws Exception {
        Path file = TestVideos.squareRight(dir.resolve("square.mp4"));
        byte[] uniform = new VideoDecoder(new ClipRecipe(FrameSampling.UNIFORM, 0, 4, 32)).decode(file);
        byte[] fps = new VideoDecoder(new ClipRecipe(FrameSampling.FPS, 12, 4, 32)).decode(file);

        // uniform: frames 3, 9, 15, 21; fps at the video's own rate: frames 0, 1, 2, 3.
        assertThat(brightColumnsCentre(fps, 3, 32) - brightColumnsCentre(fps, 0, 32)).isLessThan(5);
        assertThat(brightColumnsCentre(uniform, 3, 32) - brightColumnsCentre(uniform, 0, 32)).isGreaterThan(15);
    }

    @Test
    void portraitVideosAreCroppedTopAndBottom() throws Exception {
        MovingShapeVideo portrait = new MovingShapeVideo(48, 64, 12, 12, Paint.WHITE, Shape.SQUARE, Heading.DOWN);
        Path file = dir.resolve("portrait.mp4");
        portrait.write(file);
        byte[] clip = new VideoDecoder(new ClipRecipe(FrameSampling.FPS, 12, 1, 48)).decode(file);

        // Frame 0: the 16 px square at rows 0-15 of the 64 rows; the crop drops 8 rows on top, so rows 0-7 remain.
        assertThat(value(clip, 0, 48, 3, 24, 0)).isGreaterThan(230);
        assertThat(value(clip, 0, 48, 12, 24, 0)).isLessThan(25);
    }

    @Test
    void randomBytesAreNotAVideo() throws Exception {
        Path file = TestVideos.randomBytes(dir.resolve("noise.mp4"));

        assertThatThrownBy(() -> new VideoDecoder(new ClipRecipe(FrameSampling.UNIFORM, 0, 8, 32)).decode(file))
                .isInstanceOf(DecodeException.class).hasMessageStartingWith("cannot decode: ");
    }

    @Test
    void aTruncatedMp4CannotBeOpened() throws Exception {
        Path whole = TestVideos.squareRight(dir.resolve("square.mp4"));
        Path file = TestVideos.truncated(whole, dir.resolve("cut.mp4"), 0.5);

        assertThatThrownBy(() -> new VideoDecoder(new ClipRecipe(FrameSampling.UNIFORM, 0, 8, 32)).decode(file))
                .isInstanceOf(DecodeException.class);
    }

    @Test
    void aTruncatedAviIsRejectedForItsMissingFrames() throws Exception {
        Path whole = TestVideos.squareRight(dir.resolve("square.avi"));
        Path file = TestVideos.truncated(whole, dir.resolve("cut.avi"), 0.5);

        assertThatThrownBy(() -> new VideoDecoder(new ClipRecipe(FrameSampling.UNIFORM, 0, 8, 32)).decode(file))
                .isInstanceOf(DecodeException.class).hasMessageStartingWith("truncated: the container announces ");
    }

    @Test
    void aMissingFileCannotBeDecoded() {
        assertThatThrownBy(() -> new VideoDecoder(new ClipRecipe(FrameSampling.UNIFORM, 0, 8, 32))
                .decode(dir.resolve("absent.mp4"))).isInstanceOf(DecodeException.class);
    }

    /** The mean column of the bright (red > 128) pixels of frame {@code t}. */
    static double brightColumnsCentre(byte[] clip, int t, int size) {
        double sum = 0;
        int count = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (value(clip, t, size, y, x, 0) > 128) {
                    sum += x;
                    count++;
                }
            }
        }
        assertThat(count).as("bright pixels in frame %d", t).isPositive();
        return sum / count;
    }

    private static int value(byte[] clip, int t, int size, int y, int x, int c) {
        return clip[((t * size + y) * size + x) * 3 + c] & 0xff;
    }
}
