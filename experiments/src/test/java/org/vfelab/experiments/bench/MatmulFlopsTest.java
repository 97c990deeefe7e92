package org.vfelab.experiments.bench;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MatmulFlopsTest {

    @Test
    void aForwardMultiplyIsTwoMnkAndItsBackwardTwiceThat() {
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, 2, 3);
        SDVariable w = sd.var("w", Nd4j.rand(DataType.FLOAT, 3, 4));
        SDVariable loss = sd.sum("loss", sd.mmul(x, w));
        loss.markAsLoss();
        MatmulFlops forward = new MatmulFlops();
        MatmulFlops training = new MatmulFlops();
        Map<String, org.nd4j.linalg.api.ndarray.INDArray> feed = Map.of("x", Nd4j.rand(DataType.FLOAT, 2, 3));

        sd.output(feed, List.of(forward), "loss");
        sd.setListeners(training);
        sd.calculateGradientsAndOutputs(feed, List.of("loss"), List.of("w"));

        // forward: 2 * m * k * n = 2 * 2 * 3 * 4 = 48; backward: dx and dw, 96 more.
        assertThat(forward.flops()).isEqualTo(48);
        assertThat(forward.largest()).isEqualTo(new GemmShape(2, 3, 4));
        assertThat(training.flops()).isEqualTo(48 + 96);
    }

    @Test
    void batchedAndTransposedMultipliesCountTheirContraction() {
        SameDiff sd = SameDiff.create();
        SDVariable q = sd.placeHolder("q", DataType.FLOAT, 2, 3, 5, 4);
        SDVariable k = sd.placeHolder("k", DataType.FLOAT, 2, 3, 5, 4);
        sd.sum("scores", sd.mmul(q, k, false, true, false));
        MatmulFlops counter = new MatmulFlops();

        sd.output(Map.of("q", Nd4j.rand(DataType.FLOAT, 2, 3, 5, 4), "k", Nd4j.rand(DataType.FLOAT, 2, 3, 5, 4)),
                List.of(counter), "scores");

        // q k^T: batch 2*3, m = n = 5, k = 4: 2 * 6 * 5 * 5 * 4 = 1200
        assertThat(counter.flops()).isEqualTo(1200);
        assertThat(counter.largest()).isEqualTo(new GemmShape(5, 4, 5));
    }
}
