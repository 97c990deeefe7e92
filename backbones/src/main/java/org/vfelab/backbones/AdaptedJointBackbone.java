package org.vfelab.backbones;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenLayout;

/**
 * A joint space-time model adapted with few trained parameters: its image weights frozen
 * ({@link ParameterEfficient}), extra trainable pieces built into its layers by the subclass.
 */
abstract class AdaptedJointBackbone implements Backbone {

    private final JointSpaceTimeBackbone joint;

    AdaptedJointBackbone(JointSpaceTimeBackbone joint) {
        this.joint = joint;
    }

    @Override
    public final SDVariable encode(SameDiff sd, SDVariable tokens, TokenLayout layout, ParameterInit init) {
        return joint.encode(sd, tokens, layout, init);
    }

    @Override
    public final boolean isTrainable(String parameter) {
        return ParameterEfficient.trains(parameter);
    }
}
