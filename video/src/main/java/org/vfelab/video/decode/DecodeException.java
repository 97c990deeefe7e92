package org.vfelab.video.decode;

/**
 * A video that cannot become a clip: missing, not a video FFmpeg can open, truncated, or without a decodable
 * frame. The dataset skips such a video with a warning naming it; the message says why.
 */
public final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    DecodeException(String reason) {
        super(reason);
    }

    DecodeException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
