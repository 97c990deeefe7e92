package org.vfelab.core.spec;

import static org.vfelab.core.spec.Check.require;

/**
 * The contrastive objective and its learnable temperature, which is clamped so the logit scale
 * (1 / temperature) cannot exceed {@code maxLogitScale}, as in CLIP.
 *
 * @param type            loss plugin name, e.g. {@code infonce}
 * @param initTemperature starting softmax temperature, > 0
 * @param maxLogitScale   upper bound of 1 / temperature, at least 1 / initTemperature
 */
public record LossSpec(String type, double initTemperature, double maxLogitScale) {

    /** The clamp must admit the starting temperature. */
    public LossSpec {
        Check.notBlank("type", type);
        Check.positive("init_temperature", initTemperature);
        double least = 1 / initTemperature;
        require(Double.isFinite(maxLogitScale) && maxLogitScale >= least, "max_logit_scale",
                "must be >= 1 / init_temperature (" + least + "), got " + maxLogitScale);
    }
}
