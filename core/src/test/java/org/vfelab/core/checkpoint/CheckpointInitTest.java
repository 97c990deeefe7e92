package org.vfelab.core.checkpoint;

import org.vfelab.spec.PositionInterpolation;

import org.vfelab.spec.KernelInflation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CheckpointInitTest {

    private static final String QKV = "video/block0/attn/qkv/weight";
    private static final String TEMPORAL_QKV = "video/block0/temporal/attn/qkv/weight";
    private static final String TEMPORAL_GAIN = "video/block0/temporal/norm/gain";
    private static final String TUBELET = "video/tubelet/weight";
    private static final String POSITION_TABLE = "video/position_table";
    private static final Path SOURCE = Path.of("checkpoints/image.zip");
    /** Tables of 2 spatial positions per time slot, resampled linearly (the default). */
    private static final PositionResampling POSITIONS = new PositionResampling(PositionInterpolation.LINEAR, 2);
    /** A factorized model's temporal block starts from the spatial block of the same layer. */
    private static final Function<String, Optional<String>> TEMPORAL_FROM_SPATIAL = name ->
            name.contains("/temporal/") ? Optional.of(name.replace("/temporal/", "/")) : Optional.empty();

    @TempDir
    Path dir;

    /** An image model: tubelet kernel with one frame of r = 2 values, width 2. */
    private static SameDiff imageModel() {
        SameDiff sd = TestGraphs.graph(Map.of(
                TUBELET, Nd4j.createFromArray(new float[][] {{1, 2}, {3, 4}}),
                QKV, TestGraphs.counting(10, 2, 3),
                "text/embedding", TestGraphs.counting(-3, 3, 2),
                "loss/logit_scale", Nd4j.scalar(2.5f),
                "video/head/weight", TestGraphs.counting(7, 2, 2)));
        sd.constant("video/frozen/weight", TestGraphs.counting(100, 1, 3));
        return sd;
    }

    /** A factorized video model with tubelets of 3 frames, a temporal block and one new layer. */
    private static SameDiff videoModel() {
        Map<String, INDArray> variables = new LinkedHashMap<>();
        variables.put(TUBELET, TestGraphs.counting(50, 6, 2));
        variables.put(QKV, TestGraphs.counting(0, 2, 3));
        variables.put(TEMPORAL_QKV, TestGraphs.counting(0, 2, 3));
        variables.put(TEMPORAL_GAIN, TestGraphs.counting(-1, 1, 2));
        variables.put("text/embedding", TestGraphs.counting(0, 3, 2));
        variables.put("loss/logit_scale", Nd4j.scalar(0f));
        variables.put("video/new/weight", TestGraphs.counting(20, 2, 2));
        SameDiff sd = TestGraphs.graph(variables);
        sd.constant("video/frozen/weight", TestGraphs.counting(0, 1, 3));
        return sd;
    }

    private static Checkpoint checkpointOf(SameDiff sd) {
        Map<String, INDArray> parameters = new LinkedHashMap<>();
        ModelParameters.names(sd).forEach(name -> parameters.put(name, sd.getArrForVarName(name).dup()));
        return new Checkpoint("name: image\n", parameters, SOURCE);
    }

    private static float[][] matrix(SameDiff sd, String name) {
        return sd.getArrForVarName(name).toFloatMatrix();
    }

    @Test
    void copiesInflatesInheritsAndReportsWhatItDidThroughAFile() {
        Path file = dir.resolve("checkpoints/image.zip");
        CheckpointFiles.write(file, "name: image\n", imageModel());
        SameDiff video = videoModel();

        InitReport report = CheckpointInit.apply(CheckpointFiles.read(file), video, KernelInflation.CENTRAL, POSITIONS,
                TEMPORAL_FROM_SPATIAL);

        assertThat(report.copied()).containsExactly("loss/logit_scale", "text/embedding", QKV, "video/frozen/weight");
        assertThat(report.inflated()).containsExactly(TUBELET);
        assertThat(report.inherited()).containsExactly(Map.entry(TEMPORAL_QKV, QKV));
        assertThat(report.fresh()).containsExactly(TEMPORAL_GAIN, "video/new/weight");
        assertThat(report.unused()).containsExactly("video/head/weight");
        assertThat(report.interpolated()).isEmpty();
        assertThat(report.summary()).isEqualTo("copied 4, inflated 1, interpolated 0, inherited 1, new 2, unused 1");

        assertThat(matrix(video, TUBELET))
                .isDeepEqualTo(new float[][] {{0, 0}, {0, 0}, {1, 2}, {3, 4}, {0, 0}, {0, 0}});
        assertThat(matrix(video, QKV)).isDeepEqualTo(new float[][] {{10, 11, 12}, {13, 14, 15}});
        assertThat(matrix(video, TEMPORAL_QKV)).isDeepEqualTo(new float[][] {{10, 11, 12}, {13, 14, 15}});
        assertThat(matrix(video, "text/embedding")).isDeepEqualTo(new float[][] {{-3, -2}, {-1, 0}, {1, 2}});
        assertThat(matrix(video, "video/frozen/weight")).isDeepEqualTo(new float[][] {{100, 101, 102}});
        assertThat(video.getArrForVarName("loss/logit_scale").getFloat(0)).isEqualTo(2.5f);
        assertThat(matrix(video, TEMPORAL_GAIN)).isDeepEqualTo(new float[][] {{-1, 0}});
        assertThat(matrix(video, "video/new/weight")).isDeepEqualTo(new float[][] {{20, 21}, {22, 23}});
    }

    @Test
    void averageInflationSpreadsTheKernelOverEveryFrame() {
        SameDiff video = videoModel();
        CheckpointInit.apply(checkpointOf(imageModel()), video, KernelInflation.AVERAGE, POSITIONS,
                name -> Optional.empty());
        float[][] tubelet = matrix(video, TUBELET);
        float[][] expected = {{1, 2}, {3, 4}, {1, 2}, {3, 4}, {1, 2}, {3, 4}};
        for (int row = 0; row < 6; row++) {
            for (int column = 0; column < 2; column++) {
                assertThat(tubelet[row][column]).isCloseTo(expected[row][column] / 3f, within(1e-6f));
            }
        }
    }

    @Test
    void aCheckpointParameterUsedOnlyForInheritanceIsNotUnused() {
        SameDiff temporalOnly = TestGraphs.graph(Map.of(TEMPORAL_QKV, TestGraphs.counting(0, 2, 3)));
        InitReport report = CheckpointInit.apply(checkpointOf(imageModel()), temporalOnly, KernelInflation.CENTRAL,
                POSITIONS, TEMPORAL_FROM_SPATIAL);
        assertThat(report.inherited()).containsExactly(Map.entry(TEMPORAL_QKV, QKV));
        assertThat(report.unused()).containsExactly("loss/logit_scale", "text/embedding", "video/frozen/weight",
                "video/head/weight", TUBELET);
        assertThat(matrix(temporalOnly, TEMPORAL_QKV)).isDeepEqualTo(new float[][] {{10, 11, 12}, {13, 14, 15}});
    }

    @Test
    void aVideoPositionTableStartsAsTheImageSpatialTableInEveryTimeSlot() {
        SameDiff image = TestGraphs.graph(Map.of("video/position_spatial",
                Nd4j.createFromArray(new float[][] {{1, 2}, {3, 4}})));
        SameDiff video = TestGraphs.graph(Map.of("video/position_table", TestGraphs.counting(0, 6, 2)));
        InitReport report = CheckpointInit.apply(checkpointOf(image), video, KernelInflation.AVERAGE, POSITIONS,
                name -> name.equals("video/position_table") ? Optional.of("video/position_spatial") : Optional.empty());

        assertThat(report.inherited()).containsExactly(Map.entry("video/position_table", "video/position_spatial"));
        assertThat(matrix(video, "video/position_table"))
                .isDeepEqualTo(new float[][] {{1, 2}, {3, 4}, {1, 2}, {3, 4}, {1, 2}, {3, 4}});
    }

    @Test
    void aVectorIsInheritedAsItIs() {
        SameDiff image = TestGraphs.graph(Map.of("video/block0/ln1/gain", Nd4j.createFromArray(1f, 2f, 3f)));
        SameDiff video = TestGraphs.graph(Map.of("video/block0/temporal/ln/gain", Nd4j.createFromArray(0f, 0f, 0f)));
        InitReport report = CheckpointInit.apply(checkpointOf(image), video, KernelInflation.AVERAGE, POSITIONS,
                name -> Optional.of("video/block0/ln1/gain"));

        assertThat(report.inherited()).containsOnlyKeys("video/block0/temporal/ln/gain");
        assertThat(video.getArrForVarName("video/block0/temporal/ln/gain").toFloatVector()).containsExactly(1, 2, 3);
    }

    @Test
    void anInheritanceSourceOfAnotherShapeLeavesTheParameterNew() {
        SameDiff video = TestGraphs.graph(Map.of(TEMPORAL_QKV, TestGraphs.counting(0, 2, 4)));
        InitReport report = CheckpointInit.apply(checkpointOf(imageModel()), video, KernelInflation.CENTRAL, POSITIONS,
                TEMPORAL_FROM_SPATIAL);
        assertThat(report.fresh()).containsExactly(TEMPORAL_QKV);
        assertThat(report.inherited()).isEmpty();
        assertThat(report.unused()).hasSize(6).contains(QKV);
        assertThat(matrix(video, TEMPORAL_QKV)).isDeepEqualTo(new float[][] {{0, 1, 2, 3}, {4, 5, 6, 7}});
    }

    @Test
    void oneShapeMismatchNamesTheParameterAndBothShapes() {
        SameDiff model = TestGraphs.graph(Map.of(QKV, TestGraphs.counting(0, 4, 6)));
        assertThatThrownBy(() -> CheckpointInit.apply(checkpointOf(imageModel()), model, KernelInflation.CENTRAL,
                POSITIONS, TEMPORAL_FROM_SPATIAL))
                .isInstanceOf(CheckpointException.class)
                .hasMessage("checkpoints/image.zip: parameter video/block0/attn/qkv/weight has shape [2, 3] in the "
                        + "checkpoint but [4, 6] in this model (a different model.preset?)");
    }

    @Test
    void everyShapeMismatchIsReportedAndNothingIsAssigned() {
        Map<String, INDArray> variables = new LinkedHashMap<>();
        variables.put(TUBELET, TestGraphs.counting(50, 5, 2));
        variables.put(QKV, TestGraphs.counting(0, 2, 4));
        variables.put("text/embedding", TestGraphs.counting(0, 3, 3));
        variables.put("loss/logit_scale", Nd4j.scalar(0f));
        SameDiff model = TestGraphs.graph(variables);

        assertThatThrownBy(() -> CheckpointInit.apply(checkpointOf(imageModel()), model, KernelInflation.CENTRAL,
                POSITIONS, TEMPORAL_FROM_SPATIAL))
                .isInstanceOf(CheckpointException.class)
                .hasMessage("""
                        checkpoints/image.zip: 3 parameters do not fit this model (a different model.preset?)
                          parameter text/embedding has shape [3, 2] in the checkpoint but [3, 3] in this model
                          parameter video/block0/attn/qkv/weight has shape [2, 3] in the checkpoint but [2, 4] in \
                        this model
                          parameter video/tubelet/weight has shape [2, 2] in the checkpoint but [5, 2] in this model\
                        """);

        assertThat(model.getArrForVarName("loss/logit_scale").getFloat(0)).isEqualTo(0f);
        assertThat(matrix(model, TUBELET)).isDeepEqualTo(TestGraphs.counting(50, 5, 2).toFloatMatrix());
        assertThat(matrix(model, QKV)).isDeepEqualTo(TestGraphs.counting(0, 2, 4).toFloatMatrix());
        assertThat(matrix(model, "text/embedding")).isDeepEqualTo(TestGraphs.counting(0, 3, 3).toFloatMatrix());
    }

    @Test
    void aVideoKernelDoesNotShrinkIntoAnImageModel() {
        SameDiff video = videoModel();
        Checkpoint videoCheckpoint = checkpointOf(video);
        SameDiff image = TestGraphs.graph(Map.of(TUBELET, TestGraphs.counting(0, 2, 2)));
        assertThatThrownBy(() -> CheckpointInit.apply(videoCheckpoint, image, KernelInflation.CENTRAL, POSITIONS,
                name -> Optional.empty()))
                .isInstanceOf(CheckpointException.class)
                .hasMessage("checkpoints/image.zip: parameter video/tubelet/weight has shape [6, 2] in the "
                        + "checkpoint but [2, 2] in this model (a different model.preset?)");
    }

    /** A joint model's pieces at {@code slots} time slots of 2 positions: a position table and a copied weight. */
    private static SameDiff positionsModel(int slots, float start) {
        return TestGraphs.graph(Map.of(POSITION_TABLE, TestGraphs.counting(start, 2 * slots, 1),
                QKV, TestGraphs.counting(start, 2, 3)));
    }

    @Test
    void aPositionTableOfOtherTimeSlotsIsResampledAlongTimeAndReportedAsInterpolated() {
        // Saved slots (positions 0, 1): (0, 1), (2, 3). Linear 2 -> 4 with the ends aligned: position 0 runs
        // 0, 2/3, 4/3, 2 and position 1 runs 1, 5/3, 7/3, 3.
        SameDiff longer = positionsModel(4, 100);
        InitReport report = CheckpointInit.apply(checkpointOf(positionsModel(2, 0)), longer, KernelInflation.AVERAGE,
                POSITIONS, name -> Optional.empty());

        assertThat(report.interpolated()).containsExactly(POSITION_TABLE);
        assertThat(report.copied()).containsExactly(QKV);
        assertThat(report.summary()).isEqualTo("copied 1, inflated 0, interpolated 1, inherited 0, new 0, unused 0");
        assertThat(longer.getArrForVarName(POSITION_TABLE).reshape(8).toFloatVector()).containsExactly(
                new float[] {0, 1, 2f / 3, 5f / 3, 4f / 3, 7f / 3, 2, 3}, within(1e-6f));
        assertThat(matrix(longer, QKV)).isDeepEqualTo(new float[][] {{0, 1, 2}, {3, 4, 5}});
    }

    @Test
    void tileOfAPartialRepeatIsRefusedBeforeAnythingIsAssigned() {
        SameDiff longer = positionsModel(3, 100);
        assertThatThrownBy(() -> CheckpointInit.apply(checkpointOf(positionsModel(2, 0)), longer,
                KernelInflation.AVERAGE, new PositionResampling(PositionInterpolation.TILE, 2),
                name -> Optional.empty()))
                .isInstanceOf(CheckpointException.class)
                .hasMessage("checkpoints/image.zip: parameter video/position_table has shape [4, 1] in the checkpoint "
                        + "but [6, 1] in this model, and model.temporal_interpolation tile repeats the checkpoint's 2 "
                        + "time slots, so it needs a whole multiple of them, not 3 (linear resamples to any number)");
        assertThat(matrix(longer, QKV)).isDeepEqualTo(TestGraphs.counting(100, 2, 3).toFloatMatrix());
    }

    @Test
    void withNoneOrRowsThatAreNotWholeTimeSlotsAnotherTableIsAShapeMismatch() {
        String mismatch = "checkpoints/image.zip: parameter video/position_table has shape [4, 1] in the checkpoint "
                + "but [8, 1] in this model (a different model.preset?)";
        assertThatThrownBy(() -> CheckpointInit.apply(checkpointOf(positionsModel(2, 0)), positionsModel(4, 100),
                KernelInflation.AVERAGE, new PositionResampling(PositionInterpolation.NONE, 2),
                name -> Optional.empty()))
                .isInstanceOf(CheckpointException.class).hasMessage(mismatch);
        assertThatThrownBy(() -> CheckpointInit.apply(checkpointOf(positionsModel(2, 0)), positionsModel(4, 100),
                KernelInflation.AVERAGE, new PositionResampling(PositionInterpolation.LINEAR, 3),
                name -> Optional.empty()))
                .isInstanceOf(CheckpointException.class).hasMessage(mismatch);
    }
}
