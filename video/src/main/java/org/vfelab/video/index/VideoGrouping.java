package org.vfelab.video.index;

import org.vfelab.core.data.DataFileException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects caption rows into videos in order of first appearance; a video given two different splits is a bad
 * row, since its clip would then be both trained on and evaluated.
 */
final class VideoGrouping {
    private record Pending(Split split, int line, List<String> captions) {
    }

    private final Path file;
    private final Map<String, Pending> videos = new LinkedHashMap<>();

    VideoGrouping(Path file) {
        this.file = file;
    }

    /** Declares a video and its split without captions yet (an MSR-VTT {@code videos} entry). */
    void declare(String video, Split split, int line) {
        Pending known = videos.putIfAbsent(video, new Pending(split, line, new ArrayList<>()));
        if (known != null) {
            throw new DataFileException(file, line, "video '" + video + "' is listed twice (first at line "
                    + known.line() + ")");
        }
    }

    /** Adds a caption of a declared video (an MSR-VTT {@code sentences} entry). */
    void caption(String video, String caption, int line) {
        Pending known = videos.get(video);
        if (known == null) {
            throw new DataFileException(file, line, "caption of video '" + video + "', which 'videos' does not list");
        }
        known.captions().add(caption);
    }

    /** Adds a caption of {@code video}, declaring the video at {@code split} if it is new (a CSV row). */
    void row(String video, Split split, String caption, int line) {
        Pending known = videos.computeIfAbsent(video, v -> new Pending(split, line, new ArrayList<>()));
        if (known.split() != split) {
            throw new DataFileException(file, line, "video '" + video + "' is in split " + split.key()
                    + " here but in split " + known.split().key() + " at line " + known.line());
        }
        known.captions().add(caption);
    }

    /** The videos that have at least one caption. */
    CaptionIndex index() {
        List<IndexedVideo> out = new ArrayList<>();
        videos.forEach((video, p) -> {
            if (!p.captions().isEmpty()) {
                out.add(new IndexedVideo(video, p.split(), p.captions(), p.line()));
            }
        });
        return new CaptionIndex(file, out);
    }
}
