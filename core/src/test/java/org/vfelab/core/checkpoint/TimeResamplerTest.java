package org.vfelab.core.checkpoint;

import org.vfelab.spec.PositionInterpolation;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Resampling along time against values worked by hand, and against scipy.ndimage.zoom(order=1), which Scenic's
 * ViViT uses for its temporal position embeddings (outputs quoted in the comments).
 */
class TimeResamplerTest {

    /** Two time slots of two spatial positions, width 1: slot 0 = (0, 10), slot 1 = (3, 40). */
    private static final INDArray TWO_SLOTS = Nd4j.createFromArray(new float[][] {{0}, {10}, {3}, {40}});

    private static float[] column(INDArray table) {
        return table.reshape(table.length()).toFloatVector();
    }

    @Test
    void linearAlignsTheFirstAndLastSlotsAndInterpolatesBetween() {
        // 2 -> 4 slots: new slot i reads old slot x = i (2 - 1) / (4 - 1) = 0, 1/3, 2/3, 1, so each spatial position
        // gets e0, 2/3 e0 + 1/3 e1, 1/3 e0 + 2/3 e1, e1: position 0 runs 0, 1, 2, 3 and position 1 runs 10, 20, 30, 40.
        // scipy.ndimage.zoom([[0, 10], [1, 20]], (2, 1), order=1) = [[0, 10], [.333, 13.33], [.667, 16.67], [1, 20]].
        INDArray resampled = TimeResampler.resample(PositionInterpolation.LINEAR, TWO_SLOTS, 2, 4);

        assertThat(resampled.shape()).containsExactly(8, 1);
        assertThat(column(resampled)).containsExactly(new float[] {0, 10, 1, 20, 2, 30, 3, 40}, within(1e-5f));
        double[][] mixing = TimeResampler.mixing(PositionInterpolation.LINEAR, 2, 4);
        double[][] expected = {{1, 0}, {2.0 / 3, 1.0 / 3}, {1.0 / 3, 2.0 / 3}, {0, 1}};
        for (int slot = 0; slot < 4; slot++) {
            assertThat(mixing[slot]).containsExactly(expected[slot], within(1e-15));
        }
    }

    @Test
    void linearMatchesScipyZoomOnAnUnevenGrowth() {
        // scipy.ndimage.zoom([[0], [3], [9]], (5 / 3, 1), order=1) = [0, 1.5, 3, 6, 9]: x = 0, 0.5, 1, 1.5, 2.
        INDArray table = Nd4j.createFromArray(new float[][] {{0}, {3}, {9}});
        assertThat(column(TimeResampler.resample(PositionInterpolation.LINEAR, table, 1, 5)))
                .containsExactly(new float[] {0, 1.5f, 3, 6, 9}, within(1e-5f));
    }

    @Test
    void linearShrinksTooKeepingTheEnds() {
        // 4 -> 2 slots: x = 0 and 3. scipy.ndimage.zoom(arange(8).reshape(4, 2), (1 / 2, 1), order=1)
        // = [[0, 1], [6, 7]]; here a width of 2 and one spatial position.
        INDArray table = TestGraphs.counting(0, 4, 2);
        assertThat(TimeResampler.resample(PositionInterpolation.LINEAR, table, 1, 2).toFloatMatrix())
                .isDeepEqualTo(new float[][] {{0, 1}, {6, 7}});
        assertThat(TimeResampler.mixing(PositionInterpolation.LINEAR, 4, 1)).isDeepEqualTo(new double[][] {{1, 0, 0, 0}});
    }

    @Test
    void tileRepeatsTheWholeSequenceOfSlots() {
        // As Scenic's tile_positional_embeddings concatenates the table: slots 0, 1, 0, 1.
        INDArray resampled = TimeResampler.resample(PositionInterpolation.TILE, TWO_SLOTS, 2, 4);
        assertThat(column(resampled)).containsExactly(0, 10, 3, 40, 0, 10, 3, 40);
    }

    @Test
    void theSameNumberOfSlotsIsKeptAsItIsAndTheInputIsLeftUnchanged() {
        INDArray original = TWO_SLOTS.dup();
        assertThat(TimeResampler.resample(PositionInterpolation.LINEAR, TWO_SLOTS, 2, 2)).isEqualTo(original);
        assertThat(TimeResampler.resample(PositionInterpolation.TILE, TWO_SLOTS, 2, 2)).isEqualTo(original);
        assertThat(TimeResampler.resample(PositionInterpolation.LINEAR, TWO_SLOTS, 2, 4).dataType()).isEqualTo(DataType.FLOAT);
        assertThat(TWO_SLOTS).isEqualTo(original);
    }

    @Test
    void tileNeedsAWholeMultipleAndNoneResamplesNothing() {
        assertThatThrownBy(() -> TimeResampler.resample(PositionInterpolation.TILE, TWO_SLOTS, 2, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model.temporal_interpolation tile repeats the checkpoint's 2 time slots, so it needs a "
                        + "whole multiple of them, not 3 (linear resamples to any number)");
        assertThatThrownBy(() -> TimeResampler.resample(PositionInterpolation.TILE, TWO_SLOTS, 1, 2))
                .hasMessageContaining("checkpoint's 4 time slots, so it needs a whole multiple of them, not 2");
        assertThatThrownBy(() -> TimeResampler.resample(PositionInterpolation.NONE, TWO_SLOTS, 2, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model.temporal_interpolation is none, so the checkpoint's 2 time slots cannot become 4");
    }

    @Test
    void aTableOfPartialTimeSlotsIsRefused() {
        assertThatThrownBy(() -> TimeResampler.resample(PositionInterpolation.LINEAR, TWO_SLOTS, 3, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot resample a position table of shape [4, 1] to 4 time slots of 3 positions");
    }
}
