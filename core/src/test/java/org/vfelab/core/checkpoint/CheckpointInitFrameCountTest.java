package org.vfelab.core.checkpoint;

import org.vfelab.spec.PositionInterpolation;

import org.vfelab.spec.KernelInflation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vfelab.core.data.ClipShape;
import org.vfelab.core.model.DualEncoderDesign;
import org.vfelab.core.model.DualEncoderGraph;
import org.vfelab.core.model.TransformerLayers;
import org.vfelab.core.model.TransformerShape;
import org.vfelab.core.model.TubeletEmbedding;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ContrastiveLoss;
import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenSelection;
import org.vfelab.spec.BackboneSpec;
import org.vfelab.spec.ModelPreset;
import org.vfelab.spec.ModelSpec;
import org.vfelab.spec.TextSpec;
import org.vfelab.spec.TrainableLayers;
import org.vfelab.spec.Tubelet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code model.init_from} across clip lengths, through the real graph builder: a joint model trained on 8-frame
 * clips (4 time slots of 2-frame tubelets, 2 x 2 spatial positions) starts a 16-frame model (8 slots). Only the
 * space-time position table changes shape; it is resampled along time and every other weight is copied as it is.
 */
class CheckpointInitFrameCountTest {

    private static final String POSITION_TABLE = TubeletEmbedding.POSITION_TABLE;
    private static final int SPATIAL = 4;
    private static final int WIDTH = ModelPreset.TINY.width();

    /** One joint space-time block over every token of a clip, mean-pooled (the backbones module's joint model). */
    private static final Backbone JOINT = (sd, tokens, layout, init) -> TransformerLayers.meanPool(
            TransformerLayers.block(sd, init, "video/block0", tokens, layout.batch(), layout.tokensPerClip(),
                    TransformerShape.of(ModelPreset.TINY), null),
            layout.batch(), layout.tokensPerClip(), WIDTH);

    /** Keeps every token; graphs are only built here, never fed. */
    private static final InputSampler ALL_TOKENS = new InputSampler() {
        @Override
        public int keptTokens(TokenGrid grid, boolean training) {
            return grid.tokens();
        }

        @Override
        public TokenSelection select(int batch, TokenGrid grid, SplittableRandom random, boolean training) {
            throw new UnsupportedOperationException("graphs are not run in this test");
        }
    };

    /** The graphs here are built without a loss. */
    private static final ContrastiveLoss NO_LOSS = new ContrastiveLoss() {
        @Override
        public SDVariable loss(SameDiff sd, SDVariable video, SDVariable text, SDVariable targets,
                               ParameterInit init) {
            throw new UnsupportedOperationException("built without a loss");
        }

        @Override
        public void afterUpdate(SameDiff sd) {
        }

        @Override
        public Map<String, Double> readouts(SameDiff sd) {
            return Map.of();
        }
    };

    @TempDir
    Path dir;

    private static SameDiff build(int frames, long seed, PositionInterpolation interpolation,
                                  Optional<Checkpoint> start, List<InitReport> reports) {
        ModelSpec model = new ModelSpec(ModelPreset.TINY, new BackboneSpec("joint"), new Tubelet(2, 8, 8),
                new TextSpec(1, 16, 4), 16, start.isPresent() ? "short.zip" : "", KernelInflation.AVERAGE,
                interpolation, TrainableLayers.ALL);
        DualEncoderDesign design = new DualEncoderDesign(model, new ClipShape(frames, 16, 16, 3), JOINT, ALL_TOKENS,
                NO_LOSS, seed, start);
        return DualEncoderGraph.build(design, 1, design.tokenGrid().tokens(), false, reports::add);
    }

    /** The checkpoint of an 8-frame model, written and read back. */
    private Checkpoint shortClipCheckpoint() {
        Path file = dir.resolve("short.zip");
        CheckpointFiles.write(file, "name: short\n", build(8, 1, PositionInterpolation.LINEAR, Optional.empty(),
                new ArrayList<>()));
        return CheckpointFiles.read(file);
    }

    private static float[] row(INDArray table, int slot, int position) {
        return table.getRow((long) slot * SPATIAL + position).toFloatVector();
    }

    @Test
    void linearResamplesThePositionTableAlongTimeAndCopiesEveryOtherWeight() {
        Checkpoint saved = shortClipCheckpoint();
        List<InitReport> reports = new ArrayList<>();
        SameDiff longer = build(16, 2, PositionInterpolation.LINEAR, Optional.of(saved), reports);

        INDArray from = saved.parameters().get(POSITION_TABLE);
        INDArray to = longer.getArrForVarName(POSITION_TABLE);
        assertThat(from.shape()).containsExactly(4 * SPATIAL, WIDTH);
        assertThat(to.shape()).containsExactly(8 * SPATIAL, WIDTH);
        for (int slot = 0; slot < 8; slot++) {
            // New slot i reads old slot x = i (4 - 1) / (8 - 1): 0, 3/7, 6/7, ..., 3.
            double x = slot * 3.0 / 7;
            int low = (int) Math.floor(x);
            int high = Math.min(low + 1, 3);
            float weight = (float) (x - low);
            for (int position = 0; position < SPATIAL; position++) {
                float[] expected = new float[WIDTH];
                for (int d = 0; d < WIDTH; d++) {
                    expected[d] = (1 - weight) * row(from, low, position)[d] + weight * row(from, high, position)[d];
                }
                assertThat(row(to, slot, position)).as("slot %d position %d", slot, position)
                        .containsExactly(expected, within(1e-6f));
            }
        }
        for (int position = 0; position < SPATIAL; position++) {
            assertThat(row(to, 0, position)).containsExactly(row(from, 0, position), within(1e-7f));
            assertThat(row(to, 7, position)).containsExactly(row(from, 3, position), within(1e-6f));
        }

        InitReport report = reports.get(0);
        assertThat(report.interpolated()).containsExactly(POSITION_TABLE);
        assertThat(report.inflated()).isEmpty();
        assertThat(report.inherited()).isEmpty();
        assertThat(report.fresh()).isEmpty();
        assertThat(report.unused()).isEmpty();
        assertThat(report.copied()).hasSize(saved.parameters().size() - 1).doesNotContain(POSITION_TABLE);
        for (String name : report.copied()) {
            assertThat(longer.getArrForVarName(name)).as(name).isEqualTo(saved.parameters().get(name));
        }
    }

    @Test
    void tileRepeatsTheCheckpointsTimeSlots() {
        Checkpoint saved = shortClipCheckpoint();
        SameDiff longer = build(16, 2, PositionInterpolation.TILE, Optional.of(saved), new ArrayList<>());

        INDArray from = saved.parameters().get(POSITION_TABLE);
        INDArray to = longer.getArrForVarName(POSITION_TABLE);
        for (int slot = 0; slot < 8; slot++) {
            for (int position = 0; position < SPATIAL; position++) {
                assertThat(row(to, slot, position)).containsExactly(row(from, slot % 4, position));
            }
        }
    }

    @Test
    void noneKeepsTheShapeMismatchError() {
        Checkpoint saved = shortClipCheckpoint();
        assertThatThrownBy(() -> build(16, 2, PositionInterpolation.NONE, Optional.of(saved), new ArrayList<>()))
                .isInstanceOf(CheckpointException.class)
                .hasMessage(saved.source() + ": parameter video/position_table has shape [16, 64] in the checkpoint "
                        + "but [32, 64] in this model (a different model.preset?)");
    }
}
