package org.vfelab.core.model;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.plugin.ParameterInit;

/**
 * ViViT's tubelet embedding: cuts clips into non-overlapping tubelets, keeps the ones an input sampler chose,
 * and projects each to the model width plus a learned position embedding. Equivalent to a 3D convolution whose
 * stride equals its kernel, written as reshape + permute + matmul; kept tokens are gathered from the placeholder
 * (no gradient through the gather) and positions are looked up as {@code oneHot(p) x table}.
 *
 * <p>The position embedding is separable: a spatial table (the image model's, when a video model starts from
 * one) plus, for models that see time, a table over time slots. A frame-level model gets no time-slot
 * embedding, so that it stays blind to frame order by construction.
 */
public final class TubeletEmbedding {

    /** Placeholder: rows of kept tubelets in the batch's {@code [batch * tokens]} table. */
    public static final String TOKEN_ROWS = "token_rows";
    /** Placeholder: grid position of each kept tubelet. */
    public static final String TOKEN_POSITIONS = "token_positions";
    /** The patch (tubelet) kernel; an image checkpoint's 2D kernel is inflated into it. */
    public static final String KERNEL = "video/tubelet/weight";

    private TubeletEmbedding() {
    }

    /**
     * @param video             {@code [batch, T, H, W, C]} placeholder
     * @param temporalPositions add a learned embedding of each token's time slot
     * @return kept token embeddings {@code [batch * kept, width]}
     */
    public static SDVariable embed(SameDiff sd, ParameterInit init, SDVariable video, TubeletGrid grid, int batch,
                                   int kept, int width, boolean temporalPositions) {
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
        return kernel.add(sd.oneHot(positions, grid.tokens(), -1, 1.0, 0.0, DataType.FLOAT)
                .mmul(positionTable(sd, init, grid, width, temporalPositions)));
    }

    /** {@code [tokens, width]}: row {@code slot * S + s} = spatial[s] (+ temporal[slot]). */
    private static SDVariable positionTable(SameDiff sd, ParameterInit init, TubeletGrid grid, int width,
                                            boolean temporalPositions) {
        int spatial = grid.rows() * grid.columns();
        int slots = grid.timeSlots();
        SDVariable table = sd.constant("const/video/spatial_of_position", indicator(slots * spatial, spatial, false))
                .mmul(init.normal(sd, "video/position_spatial", 0.02, spatial, width));
        if (temporalPositions && slots > 1) {
            table = table.add(sd.constant("const/video/slot_of_position", indicator(slots * spatial, slots, true))
                    .mmul(init.normal(sd, "video/position_temporal", 0.02, slots, width)));
        }
        return table;
    }

    /** One-hot rows mapping each grid position to its spatial index ({@code p % S}) or its slot ({@code p / S}). */
    private static INDArray indicator(int positions, int columns, boolean slot) {
        int spatial = slot ? positions / columns : columns;
        float[][] map = new float[positions][columns];
        for (int p = 0; p < positions; p++) {
            map[p][slot ? p / spatial : p % spatial] = 1f;
        }
        return Nd4j.createFromArray(map);
    }
}
