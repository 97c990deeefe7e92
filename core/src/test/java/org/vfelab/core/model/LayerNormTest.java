package org.vfelab.core.model;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LayerNormTest {

    @Test
    void aRowIsCentredScaledToUnitVarianceThenGainedAndOffset() {
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, 2, 4);
        TransformerLayers.layerNorm(sd, x, sd.constant(Nd4j.createFromArray(1f, 2f, 1f, 1f)),
                sd.constant(Nd4j.createFromArray(0f, 0f, 0f, 10f)), 4).rename("y");

        INDArray y = sd.output(Map.of("x", Nd4j.createFromArray(new float[][]{{1, 2, 3, 4}, {5, 5, 5, 5}})), "y")
                .get("y");

        // row 1: mean 2.5, variance 1.25, so (x - 2.5) / sqrt(1.25 + 1e-5) = +-1.34164, +-0.44721
        assertThat(y.getRow(0).toFloatVector())
                .containsExactly(new float[]{-1.341635f, 2 * -0.447212f, 0.447212f, 10 + 1.341635f}, within(1e-5f));
        // a constant row has nothing to scale: it becomes the offset
        assertThat(y.getRow(1).toFloatVector()).containsExactly(new float[]{0, 0, 0, 10}, within(1e-6f));
    }

    @Test
    void valuesAndGradientsMatchNd4jsLayerNormOp() {
        INDArray input = Nd4j.rand(DataType.FLOAT, 6, 8).muli(4).subi(1);
        INDArray upstream = Nd4j.rand(DataType.FLOAT, 6, 8);
        Map<String, INDArray> mine = valueAndGradients(input, upstream,
                (sd, x) -> TransformerLayers.layerNorm(sd, x, sd.getVariable("gain"), sd.getVariable("offset"), 8));
        Map<String, INDArray> nd4j = valueAndGradients(input, upstream,
                (sd, x) -> sd.nn().layerNorm(x, sd.getVariable("gain"), sd.getVariable("offset"), false, 1));

        for (String name : List.of("loss", "gain", "offset", "w")) {
            assertThat(mine.get(name).reshape(-1).toFloatVector()).as(name)
                    .containsExactly(nd4j.get(name).reshape(-1).toFloatVector(), within(1e-4f));
        }
    }

    /** The loss {@code sum(upstream * LN(x w))} and its gradients for w, gain and offset. */
    private static Map<String, INDArray> valueAndGradients(INDArray input, INDArray upstream,
                                                           BiFunction<SameDiff, SDVariable, SDVariable> norm) {
        SameDiff sd = SameDiff.create();
        sd.var("gain", Nd4j.linspace(DataType.FLOAT, 0.5, 0.25, 8));
        sd.var("offset", Nd4j.linspace(DataType.FLOAT, -1, 0.25, 8));
        SDVariable w = sd.var("w", Nd4j.eye(8).castTo(DataType.FLOAT).addi(0.1));
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, 6, 8);
        norm.apply(sd, x.mmul(w)).mul(sd.constant(upstream)).sum().rename("loss");
        sd.setLossVariables("loss");
        var result = sd.calculateGradientsAndOutputs(Map.of("x", input), List.of("loss"),
                List.of("gain", "offset", "w"));
        Map<String, INDArray> all = new HashMap<>(result.getGradients());
        all.put("loss", result.getOutputs().get("loss").reshape(1));
        return all;
    }
}
