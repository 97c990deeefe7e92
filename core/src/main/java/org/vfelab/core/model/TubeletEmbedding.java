package org.vfelab.core.model;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.plugin.ParameterInit;

import java.util.Optional;

/**
 * ViViT's tubelet embedding: cuts clips into non-overlapping tubelets, keeps the ones an input sampler chose,
 * and projects each to the model width plus a learned position embedding. Equivalent to a 3D convolution whose
 * stride equals its kernel, written as reshape + permute + matmul; kept tokens are gathered from the placeholder
 * (no gradient through the gather) and positions are looked up as {@code oneHot(p) x table}.
 *
 * <p>A model that sees time learns one position per tubelet of the grid (a video model started from an image
 * model begins with the image's spatial table in every time slot); a frame-level model learns only spatial
 * positions, shared by all frames, so that it stays blind to frame order by construction. (A separable
 * spatial + time-slot table was tried for the joint model and lost about half its temporal recall on the smoke
 * benchmark, 0.26 against 0.46 T2V R@1 at seed 7.)
 */
public final class TubeletEmbedding {

    /** Placeholder: rows of kept tubelets in the batch's {@code [batch * tokens]} table. */
    public static final String TOKEN_ROWS = "token_rows";
    /** Placeholder: grid position of each kept tubelet. */
    public static final String TOKEN_POSITIONS = "token_positions";
    /** The patch (tubelet) kernel; an image checkpoint's 2D kernel is inflated into it. */
    public static final String KERNEL = "video/tubelet/weight";
    /** One learned position per grid position (time slot x spatial position), for models that see time. */
    public static final String POSITION_TABLE = "video/position_table";
    /** One learned position per spatial position, shared by all time slots (frame-level and image models). */
    public static final String SPATIAL_TABLE = "video/position_spatial";

    private TubeletEmbedding() {
    }

    /**
     * @param video             {@code [batch, T, H, W, C]} placeholder
     * @param temporalPositions add a learned embedding of each token's time slot
     * @return kept token embeddings {@code [batch * kept, width]}
     */
    public static SDVariable embed(SameDiff sd, ParameterInit init, SDVariable video, TubeletGrid grid, int batch,
                                   int kept, int width, boolean temporalPositions) {
        SDVariable patches = patches(video, grid, batch);
        SDVariable rows = sd.placeHolder(TOKEN_ROWS, DataType.INT, (long) batch * kept);
        SDVariable positions = sd.placeHolder(TOKEN_POSITIONS, DataType.INT, (long) batch * kept);
        SDVariable kernel = TransformerLayers.dense(sd, init, "video/tubelet", sd.gather(patches, rows, 0),
                grid.valuesPerToken(), width);
        return kernel.add(sd.oneHot(positions, grid.tokens(), -1, 1.0, 0.0, DataType.FLOAT)
                .mmul(positionTable(sd, init, grid, width, temporalPositions)));
    }

    /**
     * Cuts {@code [batch, T, H, W, C]} clips into {@code [batch * tokens, values per token]} tubelets, tokens in
     * (time slot, row, column) order and each tubelet's values in (frame, y, x, channel) order.
     *
     * <p>That is one rank-8 permute, {@code [b, slot, f, row, y, col, x, c] -> [b, slot, row, col, f, y, x, c]},
     * but libnd4j runs a rank-8 permute element by element: 20 ms of a bench-b step. It is done here as two
     * rank-4 permutes whose innermost dimension stays contiguous (x and c, then y, x and c move as blocks), 2 ms
     * each, with the same values in the same order.
     */
    static SDVariable patches(SDVariable video, TubeletGrid grid, int batch) {
        var t = grid.tubelet();
        long pixelRows = (long) batch * grid.timeSlots() * t.frames() * grid.rows();
        long tubeletRow = (long) t.width() * grid.clip().channels();
        return video
                .reshape(pixelRows, t.height(), grid.columns(), tubeletRow)
                .permute(0, 2, 1, 3)                                  // [b slot f row, col, y, x c]
                .reshape((long) batch * grid.timeSlots(), t.frames(), (long) grid.rows() * grid.columns(),
                        t.height() * tubeletRow)
                .permute(0, 2, 1, 3)                                  // [b slot, row col, f, y x c]
                .reshape((long) batch * grid.tokens(), grid.valuesPerToken());
    }

    /**
     * The parameter a new position table starts from in a checkpoint that lacks it: an image model's spatial
     * table, repeated in every time slot.
     */
    public static Optional<String> inheritsFrom(String parameter) {
        return parameter.equals(POSITION_TABLE) ? Optional.of(SPATIAL_TABLE) : Optional.empty();
    }

    /**
     * {@code [tokens, width]}: a learned row per grid position for a model that sees time; a spatial row shared by
     * every time slot for a frame-level model or an image model (one slot).
     */
    private static SDVariable positionTable(SameDiff sd, ParameterInit init, TubeletGrid grid, int width,
                                            boolean temporalPositions) {
        int spatial = grid.rows() * grid.columns();
        if (temporalPositions && grid.timeSlots() > 1) {
            return init.normal(sd, POSITION_TABLE, 0.02, grid.tokens(), width);
        }
        return sd.constant("const/video/spatial_of_position", spatialIndicator(grid.tokens(), spatial))
                .mmul(init.normal(sd, SPATIAL_TABLE, 0.02, spatial, width));
    }

    /** One-hot rows mapping each grid position {@code p} to its spatial index {@code p % S}. */
    private static INDArray spatialIndicator(int positions, int spatial) {
        float[][] map = new float[positions][spatial];
        for (int p = 0; p < positions; p++) {
            map[p][p % spatial] = 1f;
        }
        return Nd4j.createFromArray(map);
    }
}
