package org.vfelab.backbones;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenLayout;
import org.vfelab.spec.ModelSpec;

import java.util.Optional;

/**
 * Image-to-video adaptation by training only the temporal blocks of the {@link FactorizedBackbone factorized}
 * model (temporal attention, its layer norm and gate), plus what is new to video (tubelet embedding, time-slot
 * positions); the image weights stay frozen.
 */
public final class TemporalOnlyBackbone implements Backbone {

    private final FactorizedBackbone factorized;

    public TemporalOnlyBackbone(ModelSpec model) {
        this.factorized = new FactorizedBackbone(model);
    }

    @Override
    public SDVariable encode(SameDiff sd, SDVariable tokens, TokenLayout layout, ParameterInit init) {
        return factorized.encode(sd, tokens, layout, init);
    }

    @Override
    public int[] attentionLengths(TokenLayout layout) {
        return factorized.attentionLengths(layout);
    }

    @Override
    public boolean framewise() {
        return factorized.framewise();
    }

    @Override
    public boolean isTrainable(String parameter) {
        return ParameterEfficient.trains(parameter) || parameter.matches("video/block\\d+/temporal/.*");
    }

    @Override
    public Optional<String> inheritsFrom(String parameter) {
        return factorized.inheritsFrom(parameter);
    }
}
