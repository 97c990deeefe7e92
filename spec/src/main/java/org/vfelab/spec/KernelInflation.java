package org.vfelab.spec;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How an image model's patch kernel {@code [r, D]} starts a video model's tubelet kernel {@code [t*r, D]} (ViViT,
 * section 3.4). Both choices make a video model start out seeing what the image model saw, which is why image
 * pretraining transfers at all; which one works better is an experiment, hence a descriptor value
 * ({@code model.kernel_init}) rather than a constant. Core's {@code KernelInflater} does the arithmetic.
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
}
