package org.vfelab.core.checkpoint;

import org.vfelab.spec.KernelInflation;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KernelInflaterTest {

    /** A 2D kernel with r = 2 rows (values per patch) and D = 2 columns (width). */
    private static final INDArray KERNEL = Nd4j.createFromArray(new float[][] {{1, 2}, {3, 4}});

    @Test
    void centralPutsTheKernelInFrameBlockHalfOfTAndZerosElsewhere() {
        assertThat(KernelInflater.inflate(KernelInflation.CENTRAL, KERNEL, 2).toFloatMatrix())
                .isDeepEqualTo(new float[][] {{0, 0}, {0, 0}, {1, 2}, {3, 4}});
        assertThat(KernelInflater.inflate(KernelInflation.CENTRAL, KERNEL, 3).toFloatMatrix())
                .isDeepEqualTo(new float[][] {{0, 0}, {0, 0}, {1, 2}, {3, 4}, {0, 0}, {0, 0}});
        assertThat(KernelInflater.inflate(KernelInflation.CENTRAL, KERNEL, 1).toFloatMatrix())
                .isDeepEqualTo(new float[][] {{1, 2}, {3, 4}});
    }

    @Test
    void averagePutsKernelOverTInEveryFrameBlock() {
        assertThat(KernelInflater.inflate(KernelInflation.AVERAGE, KERNEL, 2).toFloatMatrix())
                .isDeepEqualTo(new float[][] {{0.5f, 1}, {1.5f, 2}, {0.5f, 1}, {1.5f, 2}});
        float[][] third = KernelInflater.inflate(KernelInflation.AVERAGE, KERNEL, 3).toFloatMatrix();
        assertThat(third).hasDimensions(6, 2);
        for (int f = 0; f < 3; f++) {
            assertThat(third[2 * f][0]).isCloseTo(1 / 3f, within(1e-7f));
            assertThat(third[2 * f][1]).isCloseTo(2 / 3f, within(1e-7f));
            assertThat(third[2 * f + 1][0]).isCloseTo(1f, within(1e-7f));
            assertThat(third[2 * f + 1][1]).isCloseTo(4 / 3f, within(1e-7f));
        }
        assertThat(KERNEL.toFloatMatrix()).isDeepEqualTo(new float[][] {{1, 2}, {3, 4}});
    }

    @Test
    void averageEmbedsAStaticTubeletExactlyAsTheImagePatch() {
        INDArray patch = Nd4j.createFromArray(new float[][] {{5, -1}});
        INDArray staticTubelet = Nd4j.hstack(patch, patch, patch);
        INDArray image = patch.mmul(KERNEL);
        INDArray video = staticTubelet.mmul(KernelInflater.inflate(KernelInflation.AVERAGE, KERNEL, 3));
        assertThat(image.toFloatVector()).containsExactly(2, 6);
        assertThat(video.toFloatVector()).containsExactly(new float[] {2, 6}, within(1e-5f));
    }

    @Test
    void keysRoundTripAndAnUnknownKeyListsTheKnownOnes() {
        assertThat(KernelInflation.fromKey("central")).isEqualTo(KernelInflation.CENTRAL);
        assertThat(KernelInflation.fromKey(KernelInflation.AVERAGE.key())).isEqualTo(KernelInflation.AVERAGE);
        assertThatThrownBy(() -> KernelInflation.fromKey("centre"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown kernel inflation 'centre' (known: central, average)");
    }
}
