package org.vfelab.core.train;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.schedule.FixedSchedule;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AdamOptimizerTest {

    @Test
    void twoStepsOfOneParameterMatchTheFormulaWorkedByHand() {
        // p = 1, lr = 0.1, gradients 0.5 then 0.25.
        // Step 1: m = 0.05, v = 0.00025, alpha = 0.1 sqrt(0.001) / 0.1 = 0.0316228; p = 1 - alpha 0.05 / 0.0158114 = 0.9.
        // Step 2: m = 0.07, v = 0.00031225, alpha = 0.1 sqrt(0.001999) / 0.19 = 0.0235317;
        //         p = 0.9 - alpha 0.07 / 0.0176706 = 0.8067822.
        // In float, 1 - 0.999 is 0.00099998713: v is 1.3e-5 off and p about 1.4e-6, hence the tolerance.
        SameDiff graph = SameDiff.create();
        graph.var("p", Nd4j.scalar(DataType.FLOAT, 1.0).reshape(1, 1));
        AdamOptimizer adam = new AdamOptimizer(graph, new FixedSchedule(0.1));

        adam.apply(Map.of("p", Nd4j.scalar(DataType.FLOAT, 0.5).reshape(1, 1)), 0);
        assertThat(graph.getArrForVarName("p").getDouble(0)).isCloseTo(0.9000001, within(1e-6));
        adam.apply(Map.of("p", Nd4j.scalar(DataType.FLOAT, 0.25).reshape(1, 1)), 1);
        assertThat(graph.getArrForVarName("p").getDouble(0)).isCloseTo(0.8067822, within(3e-6));
    }

    @Test
    void itFollowsDl4jsAdamOverSeveralStepsAcrossChunkBoundaries() {
        // 300 x 70 = 21,000 values: the kernel's chunks of 8,192 end inside the array.
        INDArray start = Nd4j.rand(DataType.FLOAT, 300, 70).subi(0.5);
        SameDiff graph = SameDiff.create();
        graph.var("w", start.dup());
        AdamOptimizer adam = new AdamOptimizer(graph, new FixedSchedule(1e-3));
        INDArray expected = start.dup();
        Adam config = new Adam(1e-3);
        GradientUpdater<?> reference = config.instantiate(Nd4j.zeros(DataType.FLOAT, 1,
                config.stateSize(start.length())), true);

        for (int iteration = 0; iteration < 4; iteration++) {
            INDArray gradient = Nd4j.randn(DataType.FLOAT, 300, 70);
            INDArray update = gradient.dup();
            reference.applyUpdater(update, iteration, 0);
            expected.subi(update);
            adam.apply(Map.of("w", gradient), iteration);
        }

        INDArray actual = graph.getArrForVarName("w");
        assertThat(actual.sub(start).amaxNumber().doubleValue()).as("the parameters moved").isGreaterThan(1e-3);
        assertThat(actual.sub(expected).amaxNumber().doubleValue()).isLessThan(1e-6);
    }

    @Test
    void aGradientThatIsAViewInAnotherOrderGivesTheSameStepAsItsDenseCopy() {
        INDArray start = Nd4j.rand(DataType.FLOAT, 4, 3);
        INDArray gradient = Nd4j.rand(DataType.FLOAT, 3, 4).subi(0.5);
        SameDiff dense = SameDiff.create();
        dense.var("w", start.dup());
        SameDiff viewed = SameDiff.create();
        viewed.var("w", start.dup());

        new AdamOptimizer(dense, new FixedSchedule(0.01)).apply(Map.of("w", gradient.transpose().dup('c')), 0);
        new AdamOptimizer(viewed, new FixedSchedule(0.01)).apply(Map.of("w", gradient.transpose()), 0);

        assertThat(viewed.getArrForVarName("w")).isEqualTo(dense.getArrForVarName("w"));
        assertThat(viewed.getArrForVarName("w")).isNotEqualTo(start);
    }

    @Test
    void itKeepsTwoMomentsPerParameter() {
        SameDiff graph = SameDiff.create();
        graph.var("a", Nd4j.zeros(DataType.FLOAT, 3, 5));
        graph.var("b", Nd4j.zeros(DataType.FLOAT, 1, 5));
        AdamOptimizer adam = new AdamOptimizer(graph, new FixedSchedule(0.1));

        assertThat(adam.parameterNames()).containsExactly("a", "b");
        assertThat(adam.parameterCount()).isEqualTo(20);
        assertThat(adam.parameterBytes()).isEqualTo(80);
        assertThat(adam.stateBytes()).isEqualTo(160);
    }
}
