package org.vfelab.core.data;

import java.nio.file.Path;

/**
 * A data file that a dataset cannot use, such as a caption index with a bad row. The message starts with
 * {@code file:line:} (or {@code file:} when no line is to blame) so the user can go straight to the problem; a
 * trial that fails with it is a bad input, not a bug, and prints no stack trace. It carries no cause: the message
 * says everything, and is what a failed trial reports.
 */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A problem at line {@code line} (1-based) of {@code file}. */
    public DataFileException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    /** A problem with {@code file} as a whole, e.g. that it is missing or lists no training video. */
    public DataFileException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
