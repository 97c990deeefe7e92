package org.vfelab.video;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vfelab.video.cache.ClipCache;
import org.vfelab.video.decode.DecodeException;
import org.vfelab.video.decode.VideoDecoder;
import org.vfelab.video.index.IndexedVideo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes sure every video of a list has its clip in the cache, decoding the ones that have none. A video that is
 * missing or cannot be decoded is skipped with a warning naming it and reported, never fatal: one bad file must
 * not stop a sweep. A cache that cannot be written is fatal, since every later trial would decode again.
 */
final class ClipLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ClipLoader.class);
    /** Tried in turn for an index entry without an extension, as MSR-VTT's {@code video_id}s ({@code video0}). */
    private static final List<String> EXTENSIONS = List.of(".mp4", ".webm", ".avi", ".mkv", ".mov");

    /** A video whose clip is in the cache under {@code key}. */
    record CachedClip(IndexedVideo video, String key) {
    }

    /** A video left out, and why. */
    record SkippedVideo(Path file, String reason) {
    }

    /** What loading found: the usable videos in index order, the skipped ones, and how many were decoded now. */
    record Loaded(List<CachedClip> clips, List<SkippedVideo> skipped, int decoded) {
        Loaded {
            clips = List.copyOf(clips);
            skipped = List.copyOf(skipped);
        }
    }

    private final Path root;
    private final ClipCache cache;
    private final VideoDecoder decoder;

    ClipLoader(Path root, ClipCache cache, VideoDecoder decoder) {
        this.root = root;
        this.cache = cache;
        this.decoder = decoder;
    }

    Loaded load(List<IndexedVideo> videos) {
        List<CachedClip> clips = new ArrayList<>();
        List<SkippedVideo> skipped = new ArrayList<>();
        int decoded = 0;
        for (IndexedVideo video : videos) {
            Path file = resolve(video.video());
            if (!Files.isRegularFile(file)) {
                skip(skipped, video, file, "no such file");
                continue;
            }
            try {
                String key = cache.key(file);
                if (cache.read(key).isEmpty()) {
                    cache.write(key, decoder.decode(file));
                    decoded++;
                }
                clips.add(new CachedClip(video, key));
            } catch (DecodeException e) {
                skip(skipped, video, file, e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("video-files: cannot use the clip cache " + cache.dir() + " for "
                        + file + ": " + e, e);
            }
        }
        return new Loaded(clips, skipped, decoded);
    }

    private static void skip(List<SkippedVideo> skipped, IndexedVideo video, Path file, String reason) {
        LOG.warn("video-files: skipping {} (index line {}): {}", file, video.line(), reason);
        skipped.add(new SkippedVideo(file, reason));
    }

    /** The file of an index entry: relative to the root, extension guessed when the entry has none. */
    private Path resolve(String video) {
        Path file = root.resolve(video);
        if (Files.exists(file) || video.contains(".")) {
            return file;
        }
        Optional<Path> guessed = EXTENSIONS.stream().map(ext -> root.resolve(video + ext)).filter(Files::exists)
                .findFirst();
        return guessed.orElse(file);
    }
}
