package org.vfelab.core.model;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.DynamicCustomOp;

import java.util.List;

/**
 * {@code tanh} run as libnd4j's declarable op of that name, which the oneDNN build hands to oneDNN's vectorised
 * eltwise kernel: 0.27 ms on a {@code [1024, 768]} activation, where SameDiff's own {@code sd.math().tanh} (the
 * legacy transform, one libm call an element) takes 3.8 ms.
 *
 * <p>Only for graphs that are not differentiated or cloned afterwards (such as a gradient function, see
 * {@link GeluGradient}): SameDiff clones a graph through FlatBuffers, which maps the op name {@code tanh} back to its
 * legacy class.
 */
public final class VectorTanh extends DynamicCustomOp {

    /** For SameDiff's reflection (graph cloning); use {@link #of}. */
    public VectorTanh() {
    }

    private VectorTanh(SameDiff sd, SDVariable x) {
        super(sd, new SDVariable[]{x});
    }

    /** {@code tanh(x)}, element by element. */
    public static SDVariable of(SameDiff sd, SDVariable x) {
        return new VectorTanh(sd, x).outputVariable();
    }

    @Override
    public String opName() {
        return "tanh";
    }

    @Override
    public List<DataType> calculateOutputDataTypes(List<DataType> inputTypes) {
        return List.of(inputTypes.get(0));
    }
}
