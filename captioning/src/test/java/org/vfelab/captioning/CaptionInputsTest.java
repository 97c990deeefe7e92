package org.vfelab.captioning;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenSelection;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java-side inputs of the captioning graph, on hand-worked cases. */
class CaptionInputsTest {

    @Test
    void eachPositionIsTrainedToPredictTheNextTokenUntilPadding() {
        // <bos>=1 w=5 w=6 <eos>=2 <pad>=0
        INDArray targets = NextTokenTargets.of(Nd4j.createFromArray(new int[][] {{1, 5, 6, 2, 0}}), 8);

        assertThat(targets.shape()).containsExactly(5, 8);
        assertThat(targets.getRow(0).toFloatVector()).containsExactly(0, 0, 0, 0, 0, 1, 0, 0);
        assertThat(targets.getRow(1).toFloatVector()).containsExactly(0, 0, 0, 0, 0, 0, 1, 0);
        assertThat(targets.getRow(2).toFloatVector()).containsExactly(0, 0, 1, 0, 0, 0, 0, 0);
        assertThat(targets.getRow(3).sumNumber().doubleValue()).as("next token is padding").isZero();
        assertThat(targets.getRow(4).sumNumber().doubleValue()).as("last position").isZero();
    }

    @Test
    void poolingAveragesEachSpatialPositionOverTime() {
        // 3 time slots x 2 positions; clip 0 keeps grid positions 0, 1, 2, 4 (slot 0: s0 s1, slot 1: s0, slot 2: s0).
        TokenSelection kept = new TokenSelection(1, 6, 4, new int[] {0, 1, 2, 4});
        INDArray pool = VisualPooling.matrix(kept, new TokenGrid(3, 2, false), 1);

        assertThat(pool.shape()).containsExactly(1, 2, 4);
        float third = 1f / 3;
        assertThat(pool.slice(0).getRow(0).toFloatVector()).containsExactly(third, 0, third, third);
        assertThat(pool.slice(0).getRow(1).toFloatVector()).containsExactly(0, 1, 0, 0);
    }

    @Test
    void chunksPoolTheirOwnSpanOfTime() {
        // 4 slots x 1 position, all kept, 2 chunks: slots 0-1 and 2-3.
        INDArray pool = VisualPooling.matrix(TokenSelection.all(1, 4), new TokenGrid(4, 1, false), 2);

        assertThat(VisualPooling.outputs(new TokenGrid(4, 1, false), 2)).isEqualTo(2);
        assertThat(pool.slice(0).getRow(0).toFloatVector()).containsExactly(0.5f, 0.5f, 0, 0);
        assertThat(pool.slice(0).getRow(1).toFloatVector()).containsExactly(0, 0, 0.5f, 0.5f);
    }

    @Test
    void theCausalBiasHidesOnlyLaterTokens() {
        INDArray bias = CausalLanguageModel.causalBias(3).reshape(3, 3);

        assertThat(bias.getRow(0).toFloatVector()).containsExactly(0f, -1e9f, -1e9f);
        assertThat(bias.getRow(1).toFloatVector()).containsExactly(0f, 0f, -1e9f);
        assertThat(bias.getRow(2).toFloatVector()).containsExactly(0f, 0f, 0f);
    }
}
