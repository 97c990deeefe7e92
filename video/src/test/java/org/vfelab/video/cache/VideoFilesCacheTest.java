package org.vfelab.video.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.video.FrameSampling;
import org.vfelab.video.decode.ClipRecipe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decoded-clip cache: its key, its file format, and what it refuses to return. */
class VideoFilesCacheTest {
    private static final ClipRecipe RECIPE = new ClipRecipe(FrameSampling.UNIFORM, 2.0, 2, 4);

    @TempDir
    Path dir;

    @Test
    void aWrittenClipIsReadBackFromAFileWithAHeader() throws IOException {
        ClipCache cache = new ClipCache(dir.resolve("cache"), RECIPE);
        byte[] clip = clip(7);

        cache.write("k", clip);

        assertThat(cache.read("k")).hasValueSatisfying(read -> assertThat(read).isEqualTo(clip));
        byte[] file = Files.readAllBytes(cache.file("k"));
        assertThat(file).hasSize(24 + 96);
        assertThat(new String(file, 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("VFECLIP1");
        ByteBuffer header = ByteBuffer.wrap(file, 8, 16);
        assertThat(new int[] {header.getInt(), header.getInt(), header.getInt(), header.getInt()})
                .containsExactly(2, 4, 4, 3);
        try (Stream<Path> files = Files.list(cache.dir())) {
            assertThat(files).as("no temporary file is left").containsExactly(cache.file("k"));
        }
    }

    @Test
    void absentShortOrForeignFilesAreMisses() throws IOException {
        ClipCache cache = new ClipCache(dir, RECIPE);
        assertThat(cache.read("absent")).isEmpty();

        cache.write("k", clip(1));
        byte[] whole = Files.readAllBytes(cache.file("k"));
        Files.write(cache.file("k"), Arrays.copyOf(whole, whole.length - 1));
        assertThat(cache.read("k")).as("truncated").isEmpty();

        new ClipCache(dir, new ClipRecipe(FrameSampling.UNIFORM, 2.0, 8, 2)).write("k", new byte[96]);
        assertThat(cache.read("k")).as("another shape, same length").isEmpty();
    }

    @Test
    void theKeyFollowsTheFileAndTheRecipe() throws IOException {
        Path video = Files.write(dir.resolve("v.mp4"), new byte[] {1, 2, 3});
        ClipCache cache = new ClipCache(dir, RECIPE);
        String key = cache.key(video);

        assertThat(key).matches("[0-9a-f]{32}").isEqualTo(cache.key(dir.resolve(".").resolve("v.mp4")));
        assertThat(new ClipCache(dir, new ClipRecipe(FrameSampling.UNIFORM, 5.0, 2, 4)).key(video))
                .as("uniform sampling ignores the rate").isEqualTo(key);
        assertThat(new ClipCache(dir, new ClipRecipe(FrameSampling.FPS, 2.0, 2, 4)).key(video)).isNotEqualTo(key);
        assertThat(new ClipCache(dir, new ClipRecipe(FrameSampling.UNIFORM, 2.0, 4, 4)).key(video)).isNotEqualTo(key);
        assertThat(new ClipCache(dir, new ClipRecipe(FrameSampling.UNIFORM, 2.0, 2, 8)).key(video)).isNotEqualTo(key);

        Files.setLastModifiedTime(video, FileTime.fromMillis(Files.getLastModifiedTime(video).toMillis() + 1000));
        assertThat(cache.key(video)).as("a touched file").isNotEqualTo(key);
    }

    @Test
    void aClipOfTheWrongLengthIsRefused() {
        ClipCache cache = new ClipCache(dir, RECIPE);
        assertThatThrownBy(() -> cache.write("k", new byte[5])).hasMessageContaining("has 96 bytes, got 5");
    }

    private static byte[] clip(int seed) {
        byte[] clip = new byte[RECIPE.clipBytes()];
        for (int i = 0; i < clip.length; i++) {
            clip[i] = (byte) (i * seed);
        }
        return clip;
    }
}
