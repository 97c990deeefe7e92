package org.vfelab.video;

import org.vfelab.video.synth.Heading;
import org.vfelab.video.synth.MovingShapeVideo;
import org.vfelab.video.synth.Paint;
import org.vfelab.video.synth.Shape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Real test videos: a white square moving right on black, and broken files. */
public final class TestVideos {
    /** 24 frames of 64x48 at 12 fps: the square (16 px) goes from x = 0 to x = 48, rows 16 to 31. */
    public static final MovingShapeVideo SQUARE_RIGHT = new MovingShapeVideo(64, 48, 24, 12, Paint.WHITE,
            Shape.SQUARE, Heading.RIGHT);

    private TestVideos() {
    }

    /** {@link #SQUARE_RIGHT} written to {@code file} (.mp4, .webm or .avi). */
    public static Path squareRight(Path file) throws IOException {
        SQUARE_RIGHT.write(file);
        return file;
    }

    /** 4 KB of random bytes. */
    public static Path randomBytes(Path file) throws IOException {
        byte[] noise = new byte[4096];
        new SplittableRandom(1).nextBytes(noise);
        return Files.write(file, noise);
    }

    /** The first {@code share} of {@code source}'s bytes. */
    public static Path truncated(Path source, Path file, double share) throws IOException {
        byte[] all = Files.readAllBytes(source);
        return Files.write(file, Arrays.copyOf(all, (int) (all.length * share)));
    }
}
