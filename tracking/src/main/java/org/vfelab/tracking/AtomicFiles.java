package org.vfelab.tracking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The two write patterns a crash must not corrupt: whole files (meta.yaml, params, tags, artifacts) are written
 * to a temporary sibling and moved into place, so a reader sees the old or the new content, never half; metric
 * lines are appended one call at a time, so a crash loses at most the line being written.
 */
final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code content}, creating parent directories as needed. The temporary file
     * goes in {@code scratchDir}, a run or experiment directory on the same file system: MLflow lists only the
     * sub-directories there, so a temporary file left by a crash never shows up as a param, tag or artifact.
     */
    static void write(Path target, byte[] content, Path scratchDir) {
        Path temp = null;
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            temp = Files.createTempFile(scratchDir, ".tmp-", ".part");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new TrackingException("cannot write " + target + ": " + e, e);
        }
    }

    /** Appends {@code line} and a newline to {@code file}; each call reaches the OS before it returns. */
    static void appendLine(Path file, String line) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, (line + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new TrackingException("cannot append to " + file + ": " + e, e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The write already failed; that failure is the one to report.
            }
        }
    }
}
