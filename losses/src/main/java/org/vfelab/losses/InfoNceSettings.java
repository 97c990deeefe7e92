package org.vfelab.losses;

import org.vfelab.spec.Check;
import org.vfelab.spec.Setting;

/**
 * The {@code infonce} loss's own keys: its learnable temperature's start, and the clamp of the logit scale
 * (1 / temperature), as in CLIP.
 *
 * @param initTemperature starting softmax temperature, > 0
 * @param maxLogitScale   upper bound of 1 / temperature, at least 1 / initTemperature
 */
public record InfoNceSettings(@Setting("starting softmax temperature") double initTemperature,
                              @Setting("clamp of 1 / temperature") double maxLogitScale) {

    /** CLIP's start, 0.07, and clamp, 100. */
    public static final InfoNceSettings DEFAULTS = new InfoNceSettings(0.07, 100.0);

    /** The clamp must admit the starting temperature. */
    public InfoNceSettings {
        Check.positive("init_temperature", initTemperature);
        double least = 1 / initTemperature;
        Check.require(Double.isFinite(maxLogitScale) && maxLogitScale >= least, "max_logit_scale",
                "must be >= 1 / init_temperature (" + least + "), got " + maxLogitScale);
    }
}
