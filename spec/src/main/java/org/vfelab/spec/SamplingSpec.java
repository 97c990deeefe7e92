package org.vfelab.spec;

import static org.vfelab.spec.Check.require;

/**
 * How video tokens are chosen during training (masking is the paper's main memory lever; evaluation always
 * sees every token).
 *
 * @param type      input sampler plugin name, e.g. {@code random-mask}
 * @param maskRatio share of tokens dropped per training clip, in [0, 1)
 */
public record SamplingSpec(String type, double maskRatio) {

    /** A sampler name and a mask ratio that leaves at least some tokens. */
    public SamplingSpec {
        Check.notBlank("type", type);
        require(maskRatio >= 0 && maskRatio < 1, "mask_ratio", "must be in [0, 1), got " + maskRatio);
    }
}
