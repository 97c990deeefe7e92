package org.vfelab.core.checkpoint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointFilesErrorsTest {

    @TempDir
    Path dir;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> entries(String manifest) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("spec.yaml", utf8("name: x\n"));
        entries.put("parameters.tsv", utf8(manifest));
        entries.put("parameters/video/w", Nd4j.toByteArray(TestGraphs.counting(0, 2, 3)));
        return entries;
    }

    private void rejects(Path file, String message) {
        assertThatThrownBy(() -> CheckpointFiles.read(file))
                .isInstanceOf(CheckpointException.class).hasMessage(message);
    }

    @Test
    void aWellFormedHandMadeZipReads() throws IOException {
        Path file = dir.resolve("ok.zip");
        TestGraphs.zip(file, entries("video/w\t2,3\tFLOAT\n"));
        assertThat(CheckpointFiles.read(file).parameters().get("video/w")
                .toFloatMatrix()).isDeepEqualTo(new float[][] {{0, 1, 2}, {3, 4, 5}});
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("checkpoints/x.zip");
        rejects(file, file + ": no such checkpoint file");
    }

    @Test
    void aFileThatIsNotAZipIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("x.zip"), "name: not a zip\n");
        rejects(file, file + ": not a vfe checkpoint (not a zip file)");
    }

    @Test
    void aZipWithoutManifestOrSpecIsNotACheckpoint() throws IOException {
        Path noManifest = dir.resolve("no-manifest.zip");
        Map<String, byte[]> entries = entries("video/w\t2,3\tFLOAT\n");
        entries.remove("parameters.tsv");
        TestGraphs.zip(noManifest, entries);
        rejects(noManifest, noManifest + ": not a vfe checkpoint (no parameters.tsv)");

        Path noSpec = dir.resolve("no-spec.zip");
        entries = entries("video/w\t2,3\tFLOAT\n");
        entries.remove("spec.yaml");
        TestGraphs.zip(noSpec, entries);
        rejects(noSpec, noSpec + ": not a vfe checkpoint (no spec.yaml)");
    }

    @Test
    void aListedParameterWithoutDataIsNamed() throws IOException {
        Path file = dir.resolve("x.zip");
        TestGraphs.zip(file, entries("video/w\t2,3\tFLOAT\ntext/w\t1\tFLOAT\n"));
        rejects(file, file + ": parameters.tsv lists text/w but there is no entry parameters/text/w");
    }

    @Test
    void aManifestShapeThatDoesNotMatchTheDataIsNamed() throws IOException {
        Path file = dir.resolve("x.zip");
        TestGraphs.zip(file, entries("video/w\t3,2\tFLOAT\n"));
        rejects(file, file + ": parameters/video/w holds FLOAT [2, 3] but parameters.tsv says FLOAT [3, 2]");
    }

    @Test
    void aMalformedManifestLineIsNamedWithItsNumber() throws IOException {
        Path file = dir.resolve("x.zip");
        TestGraphs.zip(file, entries("video/w\t2,3\tFLOAT\nvideo/v 2,3 FLOAT\n"));
        rejects(file, file + ": parameters.tsv line 2: expected name, shape and dtype separated by tabs, got "
                + "'video/v 2,3 FLOAT'");

        TestGraphs.zip(file, entries("video/w\t2,x\tFLOAT\n"));
        rejects(file, file + ": parameters.tsv line 1: cannot read shape '2,x' and dtype 'FLOAT'");
    }

    @Test
    void aParameterListedTwiceIsNamed() throws IOException {
        Path file = dir.resolve("x.zip");
        TestGraphs.zip(file, entries("video/w\t2,3\tFLOAT\nvideo/w\t2,3\tFLOAT\n"));
        rejects(file, file + ": parameters.tsv lists video/w twice");
    }
}
