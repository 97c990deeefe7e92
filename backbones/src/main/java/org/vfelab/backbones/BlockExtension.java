package org.vfelab.backbones;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.model.TransformerShape;
import org.vfelab.core.plugin.ParameterInit;

/** Something added after each transformer layer of a backbone, e.g. a bottleneck adapter. */
@FunctionalInterface
interface BlockExtension {

    /** Adds nothing. */
    BlockExtension NONE = (sd, init, scope, x, shape) -> x;

    /** @param scope the layer's name scope, {@code video/block<i>}; new weights go below it */
    SDVariable after(SameDiff sd, ParameterInit init, String scope, SDVariable x, TransformerShape shape);
}
