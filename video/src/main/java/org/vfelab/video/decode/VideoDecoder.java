package org.vfelab.video.decode;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * Decodes a video file (any container and codec the bundled FFmpeg reads: mp4, webm, avi, mkv, ...) into the clip
 * of a {@link ClipRecipe}: its frames chosen by a {@link FrameSchedule}, each scaled by FFmpeg so its short side is
 * the recipe's size and centre-cropped ({@link CropGeometry}), as RGB bytes, channels last ({@code [T, S, S, 3]}).
 *
 * <p>Frames are decoded in order and only the scheduled ones are converted, so no seeking is needed and a clip
 * costs one pass over the video up to its last scheduled frame. The schedule follows the frame count the container
 * announces; a stream that ends a little before it (counts estimated from the duration) repeats its last scheduled
 * frame, while one that ends clearly before it is truncated and rejected.
 */
public final class VideoDecoder {
    /** Frames a stream may fall short of its announced count (a duration-based estimate) and still count as whole. */
    static final int SHORTFALL_FRAMES = 2;
    /** The same as a share of the announced count, for long videos. */
    static final double SHORTFALL_SHARE = 0.05;
    private static final int CHANNELS = ClipRecipe.CHANNELS;
    private static final List<String> JAVACV_HINTS = List.of("\n", " (Has setFormat()", " (For more details");

    private final ClipRecipe recipe;
    private final int frames;
    private final int size;

    /** Decodes clips made as {@code recipe} says. */
    public VideoDecoder(ClipRecipe recipe) {
        this.recipe = recipe;
        this.frames = recipe.frames();
        this.size = recipe.size();
    }

    /**
     * The clip of {@code video}.
     *
     * @throws DecodeException when the file cannot be opened (missing, not a video), has no video stream, is
     *                         truncated or has no decodable frame
     */
    public byte[] decode(Path video) throws DecodeException {
        avutil.av_log_set_level(avutil.AV_LOG_FATAL);
        try (FFmpegFrameGrabber grabber = open(video)) {
            if (grabber.getImageWidth() < 1 || grabber.getImageHeight() < 1) {
                throw new DecodeException("no video stream");
            }
            int announced = grabber.getLengthInVideoFrames();
            return read(grabber, announced > 0 ? announced : countFrames(video));
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("cannot decode: " + firstLine(e), e);
        }
    }

    private byte[] read(FFmpegFrameGrabber grabber, int announced) throws IOException, DecodeException {
        CropGeometry crop = CropGeometry.of(grabber.getImageWidth(), grabber.getImageHeight(), size);
        grabber.setImageWidth(crop.scaledWidth());
        grabber.setImageHeight(crop.scaledHeight());
        int[] schedule = FrameSchedule.of(recipe.sampling(), announced, grabber.getVideoFrameRate(), recipe.fps(),
                frames);
        byte[] clip = new byte[recipe.clipBytes()];
        int frameBytes = size * size * CHANNELS;
        int filled = 0;
        int decoded = 0;
        while (filled < frames) {
            boolean wanted = schedule[filled] == decoded;
            Frame frame = grabber.grabFrame(false, true, wanted, false, false);
            if (frame == null) {
                break;
            }
            if (wanted) {
                copyCrop(frame, crop, clip, filled * frameBytes);
                for (filled++; filled < frames && schedule[filled] == decoded; filled++) {
                    System.arraycopy(clip, (filled - 1) * frameBytes, clip, filled * frameBytes, frameBytes);
                }
            }
            decoded++;
        }
        if (filled == 0) {
            throw new DecodeException("no decodable video frame");
        }
        if (filled < frames && decoded < announced - Math.max(SHORTFALL_FRAMES, announced * SHORTFALL_SHARE)) {
            throw new DecodeException("truncated: the container announces " + announced + " frames, only "
                    + decoded + " decode");
        }
        for (; filled < frames; filled++) {
            System.arraycopy(clip, (filled - 1) * frameBytes, clip, filled * frameBytes, frameBytes);
        }
        return clip;
    }

    private void copyCrop(Frame frame, CropGeometry crop, byte[] clip, int offset) throws DecodeException {
        // RGB24 was asked for; JavaCV derives imageChannels from the padded row stride, so it is not checked.
        if (frame.image == null || frame.imageWidth != crop.scaledWidth() || frame.imageHeight != crop.scaledHeight()
                || frame.imageStride < crop.scaledWidth() * CHANNELS) {
            throw new DecodeException("FFmpeg returned a " + frame.imageWidth + "x" + frame.imageHeight
                    + " frame with rows of " + frame.imageStride + " bytes, expected " + crop.scaledWidth() + "x"
                    + crop.scaledHeight() + " RGB");
        }
        ByteBuffer pixels = (ByteBuffer) frame.image[0];
        for (int y = 0; y < size; y++) {
            pixels.get((crop.top() + y) * frame.imageStride + crop.left() * CHANNELS, clip,
                    offset + y * size * CHANNELS, size * CHANNELS);
        }
    }

    /** Frames of a video whose container announces no count (e.g. a browser's webm), by decoding it once. */
    private static int countFrames(Path video) throws IOException, DecodeException {
        try (FFmpegFrameGrabber grabber = open(video)) {
            int counted = 0;
            while (grabber.grabFrame(false, true, false, false, false) != null) {
                counted++;
            }
            if (counted == 0) {
                throw new DecodeException("no decodable video frame");
            }
            return counted;
        }
    }

    private static FFmpegFrameGrabber open(Path video) throws IOException {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile());
        grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        try {
            grabber.start();
        } catch (IOException | RuntimeException e) {
            grabber.close();
            throw e;
        }
        return grabber;
    }

    /** The failure's first line, without JavaCV's advice to its own callers ("Has setFormat() been called?"). */
    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        for (String cut : JAVACV_HINTS) {
            int at = message.indexOf(cut);
            message = at < 0 ? message : message.substring(0, at);
        }
        return message.strip();
    }
}
