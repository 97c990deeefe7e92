package org.vfelab.experiments.bench;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OpTimesTest {

    @Test
    void everyExecutedOpIsTimedAndCountedByName() {
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, 4, 8);
        SDVariable w = sd.var("w", Nd4j.rand(DataType.FLOAT, 8, 8));
        sd.nn().softmax("out", sd.math().tanh(sd.mmul(sd.mmul(x, w), w)), 1);
        OpTimes times = new OpTimes();

        sd.output(Map.of("x", Nd4j.rand(DataType.FLOAT, 4, 8)), List.of(times), "out");

        assertThat(times.calls()).containsEntry("matmul", 2).containsEntry("tanh", 1).containsEntry("softmax", 1);
        assertThat(times.secondsByOp().keySet()).containsExactlyInAnyOrder("matmul", "tanh", "softmax");
        assertThat(times.secondsByOp().values()).allSatisfy(seconds -> assertThat(seconds).isPositive());
        List<Double> ordered = List.copyOf(times.secondsByOp().values());
        assertThat(ordered).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }
}
