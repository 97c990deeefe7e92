package org.vfelab.video.index;

import org.vfelab.core.data.DataFileException;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The videos and captions of a {@code video-files} dataset, read strictly from a CSV or MSR-VTT-style JSON file:
 * a bad row fails the whole load with the file and line, so a sweep never trains on half an index.
 *
 * @param file   the index file, for messages
 * @param videos every video with its captions, in the order of first appearance
 */
public record CaptionIndex(Path file, List<IndexedVideo> videos) {
    /** Copies the list. */
    public CaptionIndex {
        videos = List.copyOf(videos);
    }

    /**
     * Reads {@code file}: {@code .json} as MSR-VTT ({@link JsonIndexReader}), anything else as CSV
     * ({@link CsvIndexReader}).
     *
     * @throws DataFileException naming the file and line of the first bad row
     */
    public static CaptionIndex read(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? JsonIndexReader.read(file) : CsvIndexReader.read(file);
    }

    /** The videos of one split, in index order. */
    public List<IndexedVideo> split(Split split) {
        return videos.stream().filter(v -> v.split() == split).toList();
    }
}
