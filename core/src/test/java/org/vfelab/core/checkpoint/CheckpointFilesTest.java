package org.vfelab.core.checkpoint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointFilesTest {

    private static final String SPEC = "name: image\nmodel:\n  preset: tiny  # café\n";

    @TempDir
    Path dir;

    private static SameDiff sample() {
        SameDiff sd = TestGraphs.graph(Map.of(
                "video/tubelet/weight", TestGraphs.counting(1, 4, 2),
                "text/embedding", TestGraphs.counting(-3, 3, 2),
                "loss/logit_scale", Nd4j.scalar(2.5f)));
        sd.constant("video/frozen/weight", TestGraphs.counting(10, 1, 3));
        return sd;
    }

    @Test
    void parametersAreTheScopedVariablesAndConstantsOnly() {
        SameDiff sd = sample();
        assertThat(sd.getVariable("video/frozen/weight").getVariableType()).isEqualTo(VariableType.CONSTANT);
        assertThat(ModelParameters.names(sd)).containsExactly("loss/logit_scale", "text/embedding",
                "video/frozen/weight", "video/tubelet/weight");
    }

    @Test
    void roundTripKeepsSpecNamesShapesAndValues() throws IOException {
        Path file = dir.resolve("runs/a/checkpoint.zip");
        CheckpointFiles.write(file, SPEC, sample());

        Checkpoint ckpt = CheckpointFiles.read(file);
        assertThat(ckpt.source()).isEqualTo(file);
        assertThat(ckpt.specYaml()).isEqualTo(SPEC);
        assertThat(ckpt.parameters().keySet()).containsExactly("loss/logit_scale", "text/embedding",
                "video/frozen/weight", "video/tubelet/weight");
        assertThat(ckpt.parameters().get("video/tubelet/weight").toFloatMatrix())
                .isDeepEqualTo(new float[][] {{1, 2}, {3, 4}, {5, 6}, {7, 8}});
        assertThat(ckpt.parameters().get("text/embedding").toFloatMatrix())
                .isDeepEqualTo(new float[][] {{-3, -2}, {-1, 0}, {1, 2}});
        assertThat(ckpt.parameters().get("video/frozen/weight").toFloatMatrix())
                .isDeepEqualTo(new float[][] {{10, 11, 12}});
        INDArray scale = ckpt.parameters().get("loss/logit_scale");
        assertThat(scale.shape()).isEmpty();
        assertThat(scale.getFloat(0)).isEqualTo(2.5f);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("parameters.tsv")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("""
                    loss/logit_scale\t\tFLOAT
                    text/embedding\t3,2\tFLOAT
                    video/frozen/weight\t1,3\tFLOAT
                    video/tubelet/weight\t4,2\tFLOAT
                    """);
        }
    }

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("checkpoint.zip");
        CheckpointFiles.write(file, "first", sample());
        CheckpointFiles.write(file, SPEC, sample());
        assertThat(listing()).containsExactly("checkpoint.zip");
        assertThat(CheckpointFiles.read(file).specYaml()).isEqualTo(SPEC);
    }

    @Test
    void aFailedWriteKeepsThePreviousCheckpointAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("checkpoint.zip");
        CheckpointFiles.write(file, SPEC, sample());
        SameDiff bad = sample();
        bad.var("video/bad\tname", Nd4j.scalar(1f));
        assertThatThrownBy(() -> CheckpointFiles.write(file, "second", bad))
                .isInstanceOf(CheckpointException.class)
                .hasMessageStartingWith(file + ": cannot write checkpoint: ")
                .hasMessageContaining("contains a tab or a newline");
        assertThat(listing()).containsExactly("checkpoint.zip");
        assertThat(CheckpointFiles.read(file).specYaml()).isEqualTo(SPEC);
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
