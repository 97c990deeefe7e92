package org.vfelab.experiments.bench;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;

/**
 * ND4J's own single-precision GEMM rate at one shape, measured in this process with its thread and BLAS settings:
 * the ceiling a training step of a model whose largest multiply has that shape can approach.
 */
public final class GemmRate {

    private static final int WARMUP_CALLS = 3;

    private GemmRate() {
    }

    /** The median GFLOP/s of {@code calls} multiplies of {@code shape} (after a few warm-up calls). */
    public static double gigaflops(GemmShape shape, int calls) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be >= 1, got " + calls);
        }
        try (INDArray a = Nd4j.rand(DataType.FLOAT, shape.m(), shape.k());
             INDArray b = Nd4j.rand(DataType.FLOAT, shape.k(), shape.n());
             INDArray c = Nd4j.zeros(DataType.FLOAT, shape.m(), shape.n())) {
            for (int i = 0; i < WARMUP_CALLS; i++) {
                Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
            }
            double[] seconds = new double[calls];
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
                seconds[i] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(seconds);
            return shape.flops() / seconds[calls / 2] / 1e9;
        }
    }
}
