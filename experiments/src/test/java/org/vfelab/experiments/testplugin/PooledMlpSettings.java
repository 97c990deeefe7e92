package org.vfelab.experiments.testplugin;

import org.vfelab.spec.Check;
import org.vfelab.spec.Setting;

/**
 * The two settings the test-only {@code pooled-mlp} backbone owns: {@code model.backbone.mlp_hidden} and
 * {@code model.backbone.pool_gain}.
 *
 * @param mlpHidden hidden width of the per-token MLP
 * @param poolGain  factor on the pooled clip feature
 */
public record PooledMlpSettings(@Setting("hidden width of the per-token MLP") int mlpHidden,
                                @Setting("factor on the pooled clip feature") double poolGain) {

    public static final PooledMlpSettings DEFAULTS = new PooledMlpSettings(32, 1.0);

    /** A hidden layer at least 1 wide and a positive gain. */
    public PooledMlpSettings {
        Check.atLeast("mlp_hidden", mlpHidden, 1);
        Check.positive("pool_gain", poolGain);
    }
}
