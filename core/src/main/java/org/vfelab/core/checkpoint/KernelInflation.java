package org.vfelab.core.checkpoint;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How an image model's patch kernel {@code [r, D]} starts a video model's tubelet kernel {@code [t*r, D]} (ViViT,
 * section 3.4), whose rows are frame-major: block {@code f} holds the weights for frame {@code f} of a tubelet.
 * Both choices make a video model start out seeing what the image model saw, which is why image pretraining
 * transfers at all; which one works better is an experiment, hence a descriptor value rather than a constant.
 */
public enum KernelInflation {
    /** The kernel in the middle frame block ({@code t/2}, as Scenic's central_frame_initializer), zeros elsewhere. */
    CENTRAL("central"),
    /** {@code kernel / t} in every frame block, so a static clip embeds exactly as the image did. */
    AVERAGE("average");

    private final String key;

    KernelInflation(String key) {
        this.key = key;
    }

    /** The descriptor spelling. */
    public String key() {
        return key;
    }

    /** @throws IllegalArgumentException for an unknown key, listing the known ones */
    public static KernelInflation fromKey(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kernel inflation '" + key + "' (known: "
                        + Arrays.stream(values()).map(KernelInflation::key).collect(Collectors.joining(", ")) + ")"));
    }

    /**
     * @param kernel a 2D kernel {@code [r, D]}, left unchanged
     * @param frames tubelet frames {@code t >= 1}
     * @return a new kernel {@code [t*r, D]} of the same dtype
     */
    public INDArray inflate(INDArray kernel, int frames) {
        if (kernel.rank() != 2 || frames < 1) {
            throw new IllegalArgumentException("cannot inflate a kernel of shape " + Arrays.toString(kernel.shape())
                    + " to " + frames + " frames");
        }
        long rows = kernel.rows();
        INDArray inflated = Nd4j.zeros(kernel.dataType(), frames * rows, kernel.columns());
        for (int f = 0; f < frames; f++) {
            INDArray block = inflated.get(NDArrayIndex.interval(f * rows, (f + 1) * rows), NDArrayIndex.all());
            if (this == AVERAGE) {
                block.assign(kernel.div(frames));
            } else if (f == frames / 2) {
                block.assign(kernel);
            }
        }
        return inflated;
    }
}
