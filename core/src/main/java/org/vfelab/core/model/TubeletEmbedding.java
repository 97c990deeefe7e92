package org.vfelab.core.model;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.vfelab.core.plugin.ParameterInit;

/**
 * ViViT's tubelet embedding: cuts clips into non-overlapping tubelets, keeps the ones an input sampler chose,
 * and projects each to the model width plus a learned position embedding. Equivalent to a 3D convolution whose
 * stride equals its kernel, written as reshape + permute + matmul; kept tokens are gathered from the placeholder
 * (no gradient through the gather) and positions are looked up as {@code oneHot(p) x table}.
 */
public final class TubeletEmbedding {

    /** Placeholder: rows of kept tubelets in the batch's {@code [batch * tokens]} table. */
    public static final String TOKEN_ROWS = "token_rows";
    /** Placeholder: grid position of each kept tubelet. */
    public static final String TOKEN_POSITIONS = "token_positions";

    private TubeletEmbedding() {
    }

    /**
     * @param video {@code [batch, T, H, W, C]} placeholder
     * @return kept token embeddings {@code [batch * kept, width]}
     */
    public static SDVariable embed(SameDiff sd, ParameterInit init, SDVariable video, TubeletGrid grid, int batch,
                                   int kept, int width) {
        var t = grid.tubelet();
        var clip = grid.clip();
        SDVariable patches = video
                .reshape(batch, grid.timeSlots(), t.frames(), grid.rows(), t.height(), grid.columns(), t.width(),
                        clip.channels())
                .permute(0, 1, 3, 5, 2, 4, 6, 7)
                .reshape((long) batch * grid.tokens(), grid.valuesPerToken());
        SDVariable rows = sd.placeHolder(TOKEN_ROWS, DataType.INT, (long) batch * kept);
        SDVariable positions = sd.placeHolder(TOKEN_POSITIONS, DataType.INT, (long) batch * kept);
        SDVariable kernel = TransformerLayers.dense(sd, init, "video/tubelet", sd.gather(patches, rows, 0),
                grid.valuesPerToken(), width);
        SDVariable table = init.normal(sd, "video/position_table", 0.02, grid.tokens(), width);
        return kernel.add(sd.oneHot(positions, grid.tokens(), -1, 1.0, 0.0, DataType.FLOAT).mmul(table));
    }
}
