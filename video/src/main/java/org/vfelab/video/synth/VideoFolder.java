package org.vfelab.video.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A folder of generated mp4 videos with a caption index, ready for {@code data.type: video-files}: each video is
 * a {@link MovingShapeVideo} of random colour, shape, heading, frame size (landscape and portrait) and length,
 * captioned "a red square moves right" ({@code 4 x 2 x 4 = 32} distinct captions); the last {@code val} videos are
 * the {@code val} split. Optionally a few files of random bytes named {@code .mp4} are listed as train videos, to
 * see them skipped and counted.
 */
public final class VideoFolder {
    /** The caption index written into the folder. */
    public static final String INDEX = "captions.csv";
    private static final List<Paint> PAINTS = List.of(Paint.RED, Paint.GREEN, Paint.BLUE, Paint.YELLOW);
    private static final int[][] FRAME_SIZES = {{64, 48}, {80, 60}, {96, 72}, {48, 64}};
    private static final int MIN_FRAMES = 16;
    private static final int MAX_FRAMES = 32;
    private static final double FPS = 12;
    private static final int CORRUPT_BYTES = 4096;

    private VideoFolder() {
    }

    /**
     * Writes {@code count} videos and {@code corrupt} broken files into {@code dir} (created if needed) and
     * {@value #INDEX} listing them all; deterministic in {@code seed}.
     *
     * @return the index file
     */
    public static Path write(Path dir, int count, int val, int corrupt, long seed) throws IOException {
        if (count < 1 || val < 0 || val >= count || corrupt < 0) {
            throw new IllegalArgumentException("need 1 <= count, 0 <= val < count and corrupt >= 0, got count "
                    + count + ", val " + val + ", corrupt " + corrupt);
        }
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder index = new StringBuilder("video,caption,split\n");
        for (int i = 0; i < count; i++) {
            int[] frameSize = FRAME_SIZES[random.nextInt(FRAME_SIZES.length)];
            MovingShapeVideo video = new MovingShapeVideo(frameSize[0], frameSize[1],
                    random.nextInt(MIN_FRAMES, MAX_FRAMES + 1), FPS, PAINTS.get(random.nextInt(PAINTS.size())),
                    Shape.values()[random.nextInt(Shape.values().length)],
                    Heading.values()[random.nextInt(Heading.values().length)]);
            String name = String.format("clip-%03d.mp4", i);
            video.write(dir.resolve(name));
            index.append(name).append(',').append(video.caption()).append(',')
                    .append(i >= count - val ? "val" : "train").append('\n');
        }
        for (int i = 0; i < corrupt; i++) {
            byte[] noise = new byte[CORRUPT_BYTES];
            random.nextBytes(noise);
            String name = String.format("broken-%03d.mp4", i);
            Files.write(dir.resolve(name), noise);
            index.append(name).append(",a broken video,train\n");
        }
        return Files.writeString(dir.resolve(INDEX), index, StandardCharsets.UTF_8);
    }
}
