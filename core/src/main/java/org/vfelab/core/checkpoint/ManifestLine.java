package org.vfelab.core.checkpoint;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One line of {@code parameters.tsv}: {@code name TAB shape TAB dtype}, the shape as comma-separated longs (empty
 * for a scalar). The manifest lets a reader list a checkpoint's parameters, and check each entry's data against
 * it, without trusting the binary entries alone.
 */
record ManifestLine(String name, long[] shape, DataType dataType) {

    static ManifestLine of(String name, INDArray array) {
        if (name.contains("\t") || name.contains("\n")) {
            throw new IllegalArgumentException("parameter name " + name + " contains a tab or a newline");
        }
        return new ManifestLine(name, array.shape(), array.dataType());
    }

    /** Parses line {@code number} (1-based) of the manifest of {@code file}. */
    static ManifestLine parse(Path file, int number, String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3 || fields[0].isEmpty()) {
            throw bad(file, number, "expected name, shape and dtype separated by tabs, got '" + line + "'");
        }
        try {
            long[] shape = fields[1].isEmpty() ? new long[0]
                    : Arrays.stream(fields[1].split(",")).mapToLong(Long::parseLong).toArray();
            return new ManifestLine(fields[0], shape, DataType.valueOf(fields[2]));
        } catch (IllegalArgumentException e) {
            throw bad(file, number, "cannot read shape '" + fields[1] + "' and dtype '" + fields[2] + "'");
        }
    }

    String format() {
        return name + "\t" + Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(","))
                + "\t" + dataType.name();
    }

    private static CheckpointException bad(Path file, int number, String what) {
        return new CheckpointException(file + ": " + CheckpointFiles.MANIFEST + " line " + number + ": " + what);
    }
}
