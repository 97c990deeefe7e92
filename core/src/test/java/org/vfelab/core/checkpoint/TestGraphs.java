package org.vfelab.core.checkpoint;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Tiny graphs with the naming conventions of the dual encoder, and hand-made zips for the error cases. */
final class TestGraphs {
    private TestGraphs() {
    }

    /** A matrix whose entries are {@code start, start + 1, ...} in row-major order. */
    static INDArray counting(float start, int rows, int columns) {
        return Nd4j.linspace(DataType.FLOAT, start, 1, (long) rows * columns).reshape('c', rows, columns);
    }

    /** A graph with the given trainable variables plus a placeholder, an op output and a helper constant. */
    static SameDiff graph(Map<String, INDArray> variables) {
        SameDiff sd = SameDiff.create();
        variables.forEach((name, value) -> sd.var(name, value.dup()));
        sd.constant("const/epsilon", Nd4j.scalar(1e-6f));
        sd.placeHolder("video", DataType.FLOAT, 1, 2).add("video/sum", sd.getVariable("const/epsilon"));
        return sd;
    }

    static void zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }
}
