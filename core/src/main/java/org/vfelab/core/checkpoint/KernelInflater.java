package org.vfelab.core.checkpoint;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.vfelab.spec.KernelInflation;

import java.util.Arrays;

/**
 * Builds a video model's tubelet kernel {@code [t*r, D]} from an image model's patch kernel {@code [r, D]} the way
 * {@code model.kernel_init} says ({@link KernelInflation}). The rows are frame-major: block {@code f} holds the
 * weights for frame {@code f} of a tubelet.
 */
public final class KernelInflater {

    private KernelInflater() {
    }

    /**
     * @param how    which inflation
     * @param kernel a 2D kernel {@code [r, D]}, left unchanged
     * @param frames tubelet frames {@code t >= 1}
     * @return a new kernel {@code [t*r, D]} of the same dtype
     */
    public static INDArray inflate(KernelInflation how, INDArray kernel, int frames) {
        if (kernel.rank() != 2 || frames < 1) {
            throw new IllegalArgumentException("cannot inflate a kernel of shape " + Arrays.toString(kernel.shape())
                    + " to " + frames + " frames");
        }
        long rows = kernel.rows();
        INDArray inflated = Nd4j.zeros(kernel.dataType(), frames * rows, kernel.columns());
        for (int f = 0; f < frames; f++) {
            INDArray block = inflated.get(NDArrayIndex.interval(f * rows, (f + 1) * rows), NDArrayIndex.all());
            if (how == KernelInflation.AVERAGE) {
                block.assign(kernel.div(frames));
            } else if (f == frames / 2) {
                block.assign(kernel);
            }
        }
        return inflated;
    }
}
