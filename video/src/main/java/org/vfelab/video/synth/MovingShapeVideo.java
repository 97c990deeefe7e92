package org.vfelab.video.synth;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A real video file with known content: one shape of side {@code min(width, height) / 3} crossing a black frame in
 * a straight line at constant speed, edge to edge, centred across its path. Written with JavaCV's FFmpeg recorder,
 * so tests and demos need no system FFmpeg; decoders are checked against {@link #left(int)} and {@link #top(int)}.
 *
 * @param width   frame width in pixels
 * @param height  frame height in pixels
 * @param frames  frames in the video, at least 2
 * @param fps     frame rate
 * @param paint   the shape's colour
 * @param shape   the shape
 * @param heading where it moves
 */
public record MovingShapeVideo(int width, int height, int frames, double fps, Paint paint, Shape shape,
                               Heading heading) {
    private static final int CHANNELS = 3;

    /** Requires room for the shape to move and at least two frames. */
    public MovingShapeVideo {
        if (width < 6 || height < 6 || frames < 2 || !(fps > 0)) {
            throw new IllegalArgumentException("need at least 6x6 pixels, 2 frames and a positive rate, got "
                    + width + "x" + height + ", " + frames + " frames at " + fps + " fps");
        }
    }

    /** Side of the shape's box in pixels. */
    public int side() {
        return Math.min(width, height) / 3;
    }

    /** Column of the shape box's left edge in frame {@code t}. */
    public int left(int t) {
        return switch (heading) {
            case RIGHT -> travel(t, width);
            case LEFT -> width - side() - travel(t, width);
            case UP, DOWN -> (width - side()) / 2;
        };
    }

    /** Row of the shape box's top edge in frame {@code t}. */
    public int top(int t) {
        return switch (heading) {
            case DOWN -> travel(t, height);
            case UP -> height - side() - travel(t, height);
            case LEFT, RIGHT -> (height - side()) / 2;
        };
    }

    /** "a red square moves right". */
    public String caption() {
        return "a " + paint.word() + " " + shape.word() + " moves " + heading.word();
    }

    /** Frame {@code t} as RGB bytes, rows top to bottom. */
    public byte[] frame(int t) {
        byte[] rgb = new byte[width * height * CHANNELS];
        int side = side();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (shape.covers(x, y, side)) {
                    int at = ((top(t) + y) * width + left(t) + x) * CHANNELS;
                    for (int c = 0; c < CHANNELS; c++) {
                        rgb[at + c] = paint.channel(c);
                    }
                }
            }
        }
        return rgb;
    }

    /**
     * Encodes the video to {@code file}; the extension picks the container and codec: {@code .mp4} MPEG-4 Part 2,
     * {@code .webm} VP8, {@code .avi} Motion JPEG, {@code .m4v} a bare MPEG-4 stream (no container, so no frame
     * count: readers must count the frames).
     */
    public void write(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height)) {
            if (name.endsWith(".mp4")) {
                recorder.setFormat("mp4");
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
                recorder.setVideoQuality(2);
            } else if (name.endsWith(".webm")) {
                recorder.setFormat("webm");
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_VP8);
                recorder.setVideoBitrate(1_000_000);
            } else if (name.endsWith(".m4v")) {
                recorder.setFormat("m4v");
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
                recorder.setVideoQuality(2);
            } else if (name.endsWith(".avi")) {
                recorder.setFormat("avi");
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_MJPEG);
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUVJ420P);
            } else {
                throw new IllegalArgumentException(file + ": write .mp4, .webm, .avi or .m4v");
            }
            recorder.setFrameRate(fps);
            avutil.av_log_set_level(avutil.AV_LOG_ERROR);
            recorder.start();
            for (int t = 0; t < frames; t++) {
                try (Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, CHANNELS)) {
                    ByteBuffer pixels = (ByteBuffer) frame.image[0];
                    byte[] rgb = frame(t);
                    for (int y = 0; y < height; y++) {
                        pixels.put(y * frame.imageStride, rgb, y * width * CHANNELS, width * CHANNELS);
                    }
                    recorder.record(frame, avutil.AV_PIX_FMT_RGB24);
                }
            }
            recorder.stop();
        }
    }

    /** How far the shape has moved along an axis of {@code length} pixels by frame {@code t}. */
    private int travel(int t, int length) {
        return Math.round((float) t * (length - side()) / (frames - 1));
    }
}
