package org.vfelab.core.model;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.data.ClipShape;
import org.vfelab.spec.Tubelet;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TubeletPatchesTest {

    @Test
    void everyTubeletHoldsItsFramesRowsColumnsAndChannelsInOrder() {
        // 1 clip of 2 frames, 2x4 pixels, 1 channel; tubelets of 2 frames x 2 x 2: a 1 x 1 x 2 grid of 8 values each.
        TubeletGrid grid = new TubeletGrid(new ClipShape(2, 2, 4, 1), new Tubelet(2, 2, 2));
        INDArray clip = Nd4j.linspace(DataType.FLOAT, 0, 16, 1).reshape(1, 2, 2, 4, 1);   // value = f*8 + y*4 + x

        INDArray patches = run(clip, grid, 1);

        // token 0: columns 0-1; values (f, y, x): f0 y0 x0, f0 y0 x1, f0 y1 x0, f0 y1 x1, then frame 1
        assertThat(patches.getRow(0).toFloatVector()).containsExactly(0, 1, 4, 5, 8, 9, 12, 13);
        // token 1: columns 2-3
        assertThat(patches.getRow(1).toFloatVector()).containsExactly(2, 3, 6, 7, 10, 11, 14, 15);
    }

    @Test
    void theTwoPermutesGiveExactlyTheRank8PermuteOfViViT() {
        TubeletGrid grid = new TubeletGrid(new ClipShape(6, 8, 12, 3), new Tubelet(2, 4, 3));
        int batch = 2;
        INDArray clips = Nd4j.rand(DataType.FLOAT, batch, 6, 8, 12, 3);

        INDArray expected = clips.reshape(batch, 3, 2, 2, 4, 4, 3, 3).permute(0, 1, 3, 5, 2, 4, 6, 7).dup('c')
                .reshape((long) batch * grid.tokens(), grid.valuesPerToken());

        assertThat(run(clips, grid, batch)).isEqualTo(expected);
    }

    private static INDArray run(INDArray clips, TubeletGrid grid, int batch) {
        SameDiff sd = SameDiff.create();
        ClipShape clip = grid.clip();
        SDVariable video = sd.placeHolder("video", DataType.FLOAT, batch, clip.frames(), clip.height(), clip.width(),
                clip.channels());
        TubeletEmbedding.patches(video, grid, batch).rename("patches");
        return sd.output(Map.of("video", clips), "patches").get("patches");
    }
}
