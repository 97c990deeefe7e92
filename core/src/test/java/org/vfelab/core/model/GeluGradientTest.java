package org.vfelab.core.model;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.GELUDerivative;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeluGradientTest {

    @Test
    void theDerivativeAtPointsWorkedByHand() {
        // gelu'(x) = s + 1.702 x s (1 - s) with s = sigmoid(1.702 x):
        // x = 0: s = 0.5, so 0.5; x = 1: s = 0.845796, 1.067780; x = -2: s = 0.032171, -0.073815;
        // x = 3.5: s = 0.997419, 1.012754.
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.constant("x", Nd4j.createFromArray(0f, 1f, -2f, 3.5f));
        GeluGradient.derivative(sd, x).rename("d");

        INDArray d = sd.output(Map.of(), "d").get("d");

        assertThat(d.toFloatVector()).containsExactly(new float[]{0.5f, 1.067780f, -0.073815f, 1.012754f},
                within(1e-5f));
    }

    @Test
    void theDerivativeStaysFiniteWhereLibnd4jsOverflows() {
        // _geluderivative divides e^(1.702 x) (1 + e^(1.702 x) + 1.702 x) by (1 + e^(1.702 x))^2; in float both
        // overflow from x = 26 on, and the quotient is NaN.
        INDArray x = Nd4j.createFromArray(30f, 60f, -60f);
        SameDiff sd = SameDiff.create();
        GeluGradient.derivative(sd, sd.constant("x", x)).rename("d");

        assertThat(sd.output(Map.of(), "d").get("d").toFloatVector())
                .containsExactly(new float[]{1f, 1f, 0f}, within(1e-6f));
        INDArray libnd4j = Nd4j.exec(new GELUDerivative(x.dup()));
        assertThat(libnd4j.getFloat(0)).isNaN();
        assertThat(libnd4j.getFloat(1)).isNaN();
    }

    @Test
    void vectorTanhIsTanh() {
        SameDiff sd = SameDiff.create();
        INDArray input = Nd4j.createFromArray(-3f, -0.5f, 0f, 0.25f, 2f);
        VectorTanh.of(sd, sd.constant("x", input)).rename("t");

        INDArray t = sd.output(Map.of(), "t").get("t");

        for (int i = 0; i < input.length(); i++) {
            assertThat(t.getDouble(i)).isCloseTo(Math.tanh(input.getDouble(i)), within(1e-6));
        }
    }

    @Test
    void aRewrittenGradientFunctionGivesSameDiffsGradientsWithoutTheGeluDerivativeOp() {
        // Inputs in [-2, 2], so both layers stay where libnd4j's own derivative is finite.
        INDArray input = Nd4j.linspace(DataType.FLOAT, -2, 4.0 / 127, 128).reshape(16, 8);
        SameDiff plain = twoGeluLayers();
        SameDiff rewritten = twoGeluLayers();
        rewritten.createGradFunction();
        SameDiff gradients = rewritten.getFunction("grad");

        assertThat(GeluGradient.rewrite(gradients)).isEqualTo(2);
        assertThat(gradients.getOps().values()).noneMatch(op -> op.getOp() instanceof GELUDerivative);

        Map<String, INDArray> expected = plain.calculateGradients(Map.of("x", input), "w1", "w2");
        Map<String, INDArray> actual = rewritten.calculateGradients(Map.of("x", input), "w1", "w2");
        for (String weight : List.of("w1", "w2")) {
            INDArray difference = actual.get(weight).sub(expected.get(weight));
            assertThat(difference.amaxNumber().doubleValue()).as(weight)
                    .isLessThan(1e-5 * expected.get(weight).amaxNumber().doubleValue());
        }
    }

    /** {@code sum(gelu(gelu(x w1) w2))}. */
    private static SameDiff twoGeluLayers() {
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, 16, 8);
        SDVariable w1 = sd.var("w1", Nd4j.linspace(DataType.FLOAT, -1, 0.03, 64).reshape(8, 8));
        SDVariable w2 = sd.var("w2", Nd4j.linspace(DataType.FLOAT, 1, -0.02, 64).reshape(8, 8));
        sd.nn().gelu(sd.nn().gelu(x.mmul(w1)).mmul(w2)).sum().rename("loss");
        sd.setLossVariables("loss");
        return sd;
    }
}
