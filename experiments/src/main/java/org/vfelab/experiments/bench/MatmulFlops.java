package org.vfelab.experiments.bench;

import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * Counts the floating-point operations of the matrix multiplies SameDiff executes while it is attached: a
 * {@code matmul} of output {@code [..., m, n]} contracting {@code k} is {@code 2·batch·m·n·k}; its backward
 * {@code matmul_bp} computes both input gradients, twice that. Matmuls are where a transformer's FLOPs are, so this
 * is the step's FLOP count the benchmark divides by the step time; the other ops' few FLOPs are left out.
 * It also keeps the largest multiply seen, the shape at which the benchmark measures the machine's GEMM rate.
 */
public final class MatmulFlops extends BaseListener {

    private static final String MATMUL = "matmul";
    private static final String MATMUL_BACKWARD = "matmul_bp";

    private long flops;
    private GemmShape largest = new GemmShape(0, 0, 0);

    /** FLOPs counted so far. */
    public long flops() {
        return flops;
    }

    /** The single multiply with the most FLOPs seen so far, as {@code m x k x n}. */
    public GemmShape largest() {
        return largest;
    }

    @Override
    public boolean isActive(Operation operation) {
        return true;
    }

    @Override
    public void opExecution(SameDiff sd, At at, MultiDataSet batch, SameDiffOp op, OpContext opContext,
                            INDArray[] outputs) {
        String name = op.getOp().opName();
        if (MATMUL.equals(name) && outputs.length == 1) {
            count(opContext.getInputArrays().get(0), opContext.getInputArrays().get(1), outputs[0], 1);
        } else if (MATMUL_BACKWARD.equals(name) && opContext.getInputArrays().size() >= 2) {
            // Inputs a, b, dL/dc: the same multiply's shapes, done twice (dL/da and dL/db).
            INDArray a = opContext.getInputArrays().get(0);
            INDArray b = opContext.getInputArrays().get(1);
            count(a, b, opContext.getInputArrays().get(2), 2);
        }
    }

    private void count(INDArray a, INDArray b, INDArray product, int times) {
        long[] shape = product.shape();
        if (shape.length < 2) {
            return;
        }
        long m = shape[shape.length - 2];
        long n = shape[shape.length - 1];
        long batch = product.length() / (m * n);
        // a holds batch·m·k values and b batch·k·n (in either orientation), so k² = a·b / (batch²·m·n).
        long k = Math.round(Math.sqrt((double) a.length() * b.length() / ((double) batch * batch * m * n)));
        long multiplyFlops = 2 * batch * m * n * k;
        flops += times * multiplyFlops;
        if (2 * m * n * k > largest.flops()) {
            largest = new GemmShape(m, k, n);
        }
    }
}
