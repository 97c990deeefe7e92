package org.vfelab.video.index;

import java.util.List;

/**
 * One video of a caption index with every caption the index gives it, in index order.
 *
 * @param video    the video's path as the index writes it, relative to the data root unless absolute
 * @param split    the split it belongs to
 * @param captions its captions, at least one, none blank
 * @param line     the line of the index where the video first appears, for messages
 */
public record IndexedVideo(String video, Split split, List<String> captions, int line) {
    /** Copies the captions and requires at least one. */
    public IndexedVideo {
        captions = List.copyOf(captions);
        if (video.isBlank() || captions.isEmpty()) {
            throw new IllegalArgumentException("a video needs a path and at least one caption, got '" + video
                    + "' with " + captions.size());
        }
    }
}
