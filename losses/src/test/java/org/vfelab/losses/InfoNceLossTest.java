package org.vfelab.losses;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.plugin.ParameterInit;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class InfoNceLossTest {

    // Clips v1 = (1, 0), v2 = (0, 1); captions t1 = (1, 0), t2 = (0.6, 0.8); caption i describes clip i.
    // Cosine logits S = V T^T = [[1, 0.6], [0, 0.8]].
    private static final double[][] VIDEO = {{1, 0}, {0, 1}};
    private static final double[][] TEXT = {{1, 0}, {0.6, 0.8}};

    @Test
    void matchesTheHandComputedTwoByTwoCaseAtTemperatureOne() {
        // video->text rows:  1 - ln(e^1 + e^0.6) = -0.5130,  0.8 - ln(e^0 + e^0.8) = -0.3711
        // text->video rows:  1 - ln(e^1 + e^0)   = -0.3133,  0.8 - ln(e^0.6 + e^0.8) = -0.5981
        // loss = -(1/2) * (mean(-0.5130, -0.3711) + mean(-0.3133, -0.5981)) = 0.448879
        assertThat(loss(1.0)).isCloseTo(0.448879, within(1e-5));
    }

    @Test
    void theTemperatureScalesTheLogits() {
        // the same case with logits 2 * S (temperature 0.5): 0.298736, lower because the right pairs score higher
        assertThat(loss(0.5)).isCloseTo(0.298736, within(1e-5));
    }

    @Test
    void theLogitScaleIsClippedAfterAnUpdateAndReadAsATemperature() {
        SameDiff sd = SameDiff.create();
        InfoNceLoss loss = new InfoNceLoss(InfoNceSettings.DEFAULTS);
        build(sd, loss);
        sd.getArrForVarName(InfoNceLoss.LOGIT_SCALE).assign(Math.log(1000));
        loss.afterUpdate(sd);
        assertThat(loss.readouts(sd).get("temperature")).isCloseTo(0.01, within(1e-6));
    }

    private static double loss(double temperature) {
        SameDiff sd = SameDiff.create();
        SDVariable result = build(sd, new InfoNceLoss(new InfoNceSettings(temperature, 100)));
        INDArray value = sd.output(Map.of(), result.name()).get(result.name());
        return value.getDouble(0);
    }

    private static SDVariable build(SameDiff sd, InfoNceLoss loss) {
        SDVariable video = sd.constant("v", Nd4j.create(VIDEO).castTo(DataType.FLOAT));
        SDVariable text = sd.constant("t", Nd4j.create(TEXT).castTo(DataType.FLOAT));
        SDVariable targets = sd.constant("targets", Nd4j.eye(2).castTo(DataType.FLOAT));
        return loss.loss(sd, video, text, targets, new ParameterInit(1));
    }
}
