package org.vfelab.video.cache;

import org.vfelab.video.decode.ClipRecipe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Decoded clips on disk, one file per (video, recipe), so that every trial of a sweep after the first reads bytes
 * instead of decoding. A file is named by a hash of the video's real path, size and modification time and of the
 * {@link ClipRecipe}: an edited video or another frame count or size is a different file, never a stale hit.
 *
 * <p>Format ({@value #EXTENSION}): the 8 ASCII bytes {@code VFECLIP1}, then frames, height, width and channels as
 * big-endian 32-bit integers, then the RGB bytes, channels last ({@code [T, H, W, 3]}, the clip as trained on
 * before the division by 255). A file with another header or length is ignored and rewritten.
 *
 * <p>Safe for trials running at once: a clip is written to a temporary file in the cache folder and moved into
 * place atomically, so a reader sees a whole clip or none; two trials decoding the same video just write it twice.
 */
public final class ClipCache {
    /** File name suffix of cached clips. */
    public static final String EXTENSION = ".clip";
    private static final byte[] MAGIC = "VFECLIP1".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = MAGIC.length + 4 * Integer.BYTES;
    private static final int KEY_HEX_CHARS = 32;

    private final Path dir;
    private final ClipRecipe recipe;

    /** The cache of {@code recipe}'s clips in {@code dir} (created on the first write). */
    public ClipCache(Path dir, ClipRecipe recipe) {
        this.dir = dir;
        this.recipe = recipe;
    }

    /** The folder holding the clips. */
    public Path dir() {
        return dir;
    }

    /** The cache key of {@code video}'s clip: it changes when the file or the recipe changes. */
    public String key(Path video) throws IOException {
        Path real = video.toRealPath();
        String identity = "vfe-clip-v1\n" + real + "\n" + Files.size(real) + "\n"
                + Files.getLastModifiedTime(real).toMillis() + "\n" + recipe.describe();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, KEY_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The file of a key. */
    public Path file(String key) {
        return dir.resolve(key + EXTENSION);
    }

    /** The clip stored under {@code key}; empty when there is none or the file is not a whole clip of the recipe. */
    public Optional<byte[]> read(String key) throws IOException {
        byte[] stored;
        try {
            stored = Files.readAllBytes(file(key));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        }
        if (stored.length != HEADER_BYTES + recipe.clipBytes()
                || !ByteBuffer.wrap(stored, 0, HEADER_BYTES).equals(header())) {
            return Optional.empty();
        }
        byte[] clip = new byte[recipe.clipBytes()];
        System.arraycopy(stored, HEADER_BYTES, clip, 0, clip.length);
        return Optional.of(clip);
    }

    /** Stores {@code clip} under {@code key}, replacing any earlier file atomically. */
    public void write(String key, byte[] clip) throws IOException {
        if (clip.length != recipe.clipBytes()) {
            throw new IllegalArgumentException("a clip of " + recipe.describe() + " has " + recipe.clipBytes()
                    + " bytes, got " + clip.length);
        }
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".tmp-" + key, ".part");
        try {
            Files.write(temp, ByteBuffer.allocate(HEADER_BYTES + clip.length).put(header()).put(clip).array());
            Files.move(temp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private ByteBuffer header() {
        return ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).putInt(recipe.frames()).putInt(recipe.size())
                .putInt(recipe.size()).putInt(ClipRecipe.CHANNELS).flip();
    }
}
