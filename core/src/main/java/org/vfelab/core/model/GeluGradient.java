package org.vfelab.core.model;

import org.nd4j.autodiff.functions.DifferentialFunction;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.autodiff.samediff.internal.Variable;
import org.nd4j.linalg.api.ops.impl.transforms.strict.GELUDerivative;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces each GELU derivative in a built gradient function with one that costs half as much.
 *
 * <p>libnd4j's GELU is {@code x sigmoid(1.702 x)}; its derivative op ({@code _geluderivative}) calls {@code pow} twice
 * an element: 4.2 ms on a {@code [1024, 768]} activation, the largest cost of a masked bench-b step after the matrix
 * products. With {@code t = tanh(0.851 x)}, {@code sigmoid(1.702 x) = (1 + t) / 2}, so
 * {@code gelu'(x) = sigmoid(1.702 x) (1 + 1.702 x (1 - sigmoid(1.702 x))) = (1 + t) (1 + 0.851 x (1 - t)) / 2}: one
 * {@code tanh} on oneDNN ({@link VectorTanh}) and a few elementwise products, about 1.8 ms. The forward op, and so
 * every value, stays libnd4j's.
 *
 * <p>Why a rewrite of the gradient function rather than a GELU op with its own {@code doDiff}: {@code
 * createGradFunction} clones every forward op through FlatBuffers, which rebuilds libnd4j's GELU class from its op
 * number and drops a subclass.
 */
public final class GeluGradient {

    private static final double HALF_SLOPE = 0.851;

    private GeluGradient() {
    }

    /**
     * Rewrites {@code gradients} (a graph's {@code "grad"} function, after {@code createGradFunction}) in place.
     *
     * @return how many GELU derivatives were replaced
     */
    public static int rewrite(SameDiff gradients) {
        List<SameDiffOp> derivatives = gradients.getOps().values().stream()
                .filter(op -> op.getOp() instanceof GELUDerivative).toList();
        for (SameDiffOp op : derivatives) {
            replace(gradients, op);
        }
        return derivatives.size();
    }

    private static void replace(SameDiff gradients, SameDiffOp op) {
        SDVariable x = op.getOp().arg();
        String old = op.getOp().outputVariable().name();
        List<String> consumers = new ArrayList<>(inputsFor(gradients, old));

        SDVariable scaled = x.mul(HALF_SLOPE);
        waitFor(gradients, scaled.getCreator().getOwnName(), upstreamOf(gradients, consumers, old, x.name()));
        SDVariable derivative = derivativeOfScaled(gradients, scaled);
        for (String consumer : consumers) {
            DifferentialFunction function = gradients.getOpById(consumer);
            SDVariable[] args = function.args();
            for (int i = 0; i < args.length; i++) {
                if (args[i].name().equals(old)) {
                    gradients.replaceArgFor(i, derivative, function);
                }
            }
        }
        inputsFor(gradients, x.name()).remove(op.getName());
        gradients.getOps().remove(op.getName());
        gradients.getVariables().remove(old);
    }

    private static List<String> inputsFor(SameDiff gradients, String variable) {
        List<String> ops = gradients.getVariables().get(variable).getInputsForOp();
        return ops == null ? new ArrayList<>() : ops;
    }

    /** The other inputs of the derivative's consumers: the gradient arriving from above. */
    private static Set<String> upstreamOf(SameDiff gradients, List<String> consumers, String derivative, String x) {
        Set<String> upstream = new LinkedHashSet<>();
        for (String consumer : consumers) {
            for (SDVariable arg : gradients.getOpById(consumer).args()) {
                if (!arg.name().equals(derivative) && !arg.name().equals(x)) {
                    upstream.add(arg.name());
                }
            }
        }
        return upstream;
    }

    /**
     * Makes {@code op}, the first of the derivative's chain, wait for {@code upstream}. Its only data input is the
     * forward activation, so SameDiff would run the chain during the forward pass and hold its result, and the
     * intermediates that wait on other layers' ops, until the backward pass reaches the layer: bench-b's live peak
     * grew from 845 to 991 MB that way.
     */
    private static void waitFor(SameDiff gradients, String op, Set<String> upstream) {
        gradients.getOps().get(op).setControlDeps(new ArrayList<>(upstream));
        for (String variable : upstream) {
            Variable waitedOn = gradients.getVariables().get(variable);
            if (waitedOn.getControlDepsForOp() == null) {
                waitedOn.setControlDepsForOp(new ArrayList<>());
            }
            waitedOn.getControlDepsForOp().add(op);
        }
    }

    /** {@code gelu'(x)} at {@code x}. */
    static SDVariable derivative(SameDiff sd, SDVariable x) {
        return derivativeOfScaled(sd, x.mul(HALF_SLOPE));
    }

    /** {@code gelu'(x) = (1 + t) (1 + u (1 - t)) / 2} from {@code u = 0.851 x}, with {@code t = tanh(u)}. */
    private static SDVariable derivativeOfScaled(SameDiff sd, SDVariable u) {
        SDVariable t = VectorTanh.of(sd, u);
        return t.add(1.0).mul(u.mul(t.rsub(1.0)).add(1.0)).mul(0.5);
    }
}
