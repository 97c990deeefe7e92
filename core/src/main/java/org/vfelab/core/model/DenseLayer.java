package org.vfelab.core.model;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.plugin.ParameterInit;

/**
 * How a transformer layer builds each of its projections ({@code qkv}, {@code out}, {@code fc1}, {@code fc2}):
 * plainly ({@link TransformerLayers#dense}), or with an extra trainable branch such as a LoRA update. Weights live
 * under {@code scope}.
 */
@FunctionalInterface
public interface DenseLayer {

    /** {@code x [rows, in] -> [rows, out]}. */
    SDVariable apply(SameDiff sd, ParameterInit init, String scope, SDVariable x, int in, int out);
}
