package org.vfelab.sampling;

import org.junit.jupiter.api.Test;
import org.vfelab.core.data.ClipShape;
import org.vfelab.spec.Tubelet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SparseTubesTest {

    /**
     * TubeViT's kernels (docs/paper.md) on 32 x 224 x 224 clips, placements per axis = (length - offset - size)
     * / stride + 1: 8x8x8 s(16,32,32): 2 x 7 x 7 = 98; 16x4x4 s(6,32,32) o(4,8,8): 3 x 7 x 7 = 147;
     * 4x12x12 s(16,32,32) o(0,16,16): 2 x 7 x 7 = 98; 1x16x16 s(32,16,16): 1 x 14 x 14 = 196. Total 539.
     */
    @Test
    void thePaperKernelsOnA32x224x224ClipGive539Tubes() {
        SparseTubes tubes = new SparseTubes(new ClipShape(32, 224, 224, 3), SparseTubes.TUBEVIT);

        assertThat(SparseTubes.TUBEVIT.stream().mapToInt(tubes::count)).containsExactly(98, 147, 98, 196);
        assertThat(tubes.tokens()).isEqualTo(539);
        assertThat(tubes.placements()).hasSize(539);
        assertThat(tubes.maxValues()).as("the widest tube, 4 x 12 x 12 x 3").isEqualTo(1728);
    }

    /**
     * Scaled to 8 x 32 x 32 clips with 8 px tubelets (time x 1/4, space x 1/2): 2x4x4 s(4,16,16): 2x2x2 = 8;
     * 4x2x2 s(2,16,16) o(1,4,4): 2x2x2 = 8; 1x6x6 s(4,16,16) o(0,8,8): 2x2x2 = 8; 1x8x8 s(8,8,8): 1x4x4 = 16.
     */
    @Test
    void scaledToTheSmokeClipTheKernelsGive40Tubes() {
        SparseTubes tubes = SparseTubes.tubeVit(new ClipShape(8, 32, 32, 3), new Tubelet(2, 8, 8));

        assertThat(tubes.kernels()).containsExactly(
                new SparseTubes.Kernel(2, 4, 4, 4, 16, 16, 0, 0, 0),
                new SparseTubes.Kernel(4, 2, 2, 2, 16, 16, 1, 4, 4),
                new SparseTubes.Kernel(1, 6, 6, 4, 16, 16, 0, 8, 8),
                new SparseTubes.Kernel(1, 8, 8, 8, 8, 8, 0, 0, 0));
        assertThat(tubes.kernels().stream().mapToInt(tubes::count)).containsExactly(8, 8, 8, 16);
        assertThat(tubes.tokens()).isEqualTo(40);
        assertThat(tubes.placements().get(8)).as("first tube of kernel 1: its offsets").containsExactly(1, 1, 4, 4);
    }

    @Test
    void aKernelThatDoesNotFitTheClipIsRefused() {
        assertThatThrownBy(() -> new SparseTubes(new ClipShape(8, 32, 32, 3), SparseTubes.TUBEVIT))
                .hasMessageContaining("does not fit clips of");
    }
}
