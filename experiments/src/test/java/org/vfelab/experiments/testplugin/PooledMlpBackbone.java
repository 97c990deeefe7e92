package org.vfelab.experiments.testplugin;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenLayout;
import org.vfelab.spec.ModelSpec;

/**
 * A backbone that exists only in this test source set, to show that a plugin with settings of its own needs no
 * edit outside its module: a per-token MLP of {@code mlp_hidden} units, mean-pooled per clip, times {@code pool_gain}.
 */
public final class PooledMlpBackbone implements Backbone {
    private final PooledMlpSettings settings;

    public PooledMlpBackbone(ModelSpec model) {
        this.settings = model.backbone().settings(PooledMlpSettings.class);
    }

    @Override
    public SDVariable encode(SameDiff sd, SDVariable tokens, TokenLayout layout, ParameterInit init) {
        int width = layout.width();
        SDVariable down = init.normal(sd, "video/mlp/down", 1 / Math.sqrt(width), width, settings.mlpHidden());
        SDVariable up = init.normal(sd, "video/mlp/up", 1 / Math.sqrt(settings.mlpHidden()), settings.mlpHidden(),
                width);
        SDVariable features = sd.nn().gelu(tokens.mmul(down)).mmul(up).rename(Backbone.TOKENS);
        return features.reshape(layout.batch(), layout.tokensPerClip(), width).mean(1).mul(settings.poolGain());
    }
}
