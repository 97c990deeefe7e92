package org.vfelab.losses;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vfelab.core.plugin.ContrastiveLoss;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.spec.LossSpec;

import java.util.Map;

/**
 * Symmetric video-text InfoNCE (CLIP): cross-entropy of each clip against all captions of the batch and of each
 * caption against all clips, averaged, with logits {@code s * cos(v, t)} where the logit scale
 * {@code s = exp(logit_scale)} is learned, starts at {@code 1 / init_temperature} and is clipped at
 * {@code max_logit_scale}. Written with {@code logSoftmax} over the last dimension and a transpose, because
 * {@code logSoftmax(x, dim)}'s gradient is broken in SameDiff 1.0.0-M2.1.
 */
public final class InfoNceLoss implements ContrastiveLoss {

    /** The learned log of the logit scale. */
    public static final String LOGIT_SCALE = "loss/logit_scale";

    private final double initialLogScale;
    private final double maxLogScale;

    public InfoNceLoss(LossSpec spec) {
        this(spec.settings(InfoNceSettings.class));
    }

    /** A loss with these settings. */
    public InfoNceLoss(InfoNceSettings settings) {
        this.initialLogScale = Math.log(1 / settings.initTemperature());
        this.maxLogScale = Math.log(settings.maxLogitScale());
    }

    @Override
    public SDVariable loss(SameDiff sd, SDVariable video, SDVariable text, SDVariable targets, ParameterInit init) {
        SDVariable logScale = init.constant(sd, LOGIT_SCALE, initialLogScale, 1, 1);
        SDVariable logits = video.mmul(sd.transpose(text)).mul(sd.math().exp(logScale));
        SDVariable videoToText = sd.nn().logSoftmax(logits).mul(targets).sum(1).mean();
        SDVariable textToVideo = sd.nn().logSoftmax(sd.transpose(logits)).mul(sd.transpose(targets)).sum(1).mean();
        return videoToText.add(textToVideo).mul(-0.5);
    }

    @Override
    public void afterUpdate(SameDiff sd) {
        INDArray logScale = sd.getArrForVarName(LOGIT_SCALE);
        if (logScale.getDouble(0) > maxLogScale) {
            logScale.assign(maxLogScale);
        }
    }

    @Override
    public Map<String, Double> readouts(SameDiff sd) {
        return Map.of("temperature", Math.exp(-sd.getArrForVarName(LOGIT_SCALE).getDouble(0)));
    }
}
