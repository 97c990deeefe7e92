package org.vfelab.sampling;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.data.ClipShape;
import org.vfelab.core.model.TransformerLayers;
import org.vfelab.core.model.TubeletEmbedding;
import org.vfelab.core.plugin.ParameterInit;

import java.util.List;

/**
 * TubeViT's tokenizer: every tube of every {@link SparseTubes} kernel is cut from the clip, zero-padded to the
 * widest tube, and projected by its own kernel's weights; positions are fixed 3D sine-cosine embeddings of each
 * tube's centre, so they account for its kernel, stride and offset (as TubeViT does). Tubes are cut with a
 * gather from the video placeholder and the kept ones selected with the same {@code token_rows} and
 * {@code token_positions} placeholders as {@link TubeletEmbedding}, so no gradient passes through a gather and
 * every input sampler's masking composes with it.
 */
public final class SparseTubeEmbedding {

    private SparseTubeEmbedding() {
    }

    /** @return kept token embeddings {@code [batch * kept, width]} */
    public static SDVariable embed(SameDiff sd, ParameterInit init, SDVariable video, SparseTubes tubes, int batch,
                                   int kept, int width) {
        List<int[]> placements = tubes.placements();
        int tokens = placements.size();
        int padded = tubes.maxValues();
        SDVariable pixels = sd.concat(0, video.reshape(batch * tubes.clip().floatsPerClip()),
                sd.constant("const/video/zero_pixel", Nd4j.zeros(DataType.FLOAT, 1)));
        SDVariable table = sd.gather(pixels, sd.constant("const/video/tube_pixels",
                pixelIndex(tubes, placements, batch)), 0).reshape((long) batch * tokens, padded);
        SDVariable rows = sd.placeHolder(TubeletEmbedding.TOKEN_ROWS, DataType.INT, (long) batch * kept);
        SDVariable positions = sd.placeHolder(TubeletEmbedding.TOKEN_POSITIONS, DataType.INT, (long) batch * kept);
        SDVariable keptTubes = sd.gather(table, rows, 0);
        SDVariable position = sd.oneHot(positions, tokens, -1, 1.0, 0.0, DataType.FLOAT);
        SDVariable embedded = position.mmul(sd.constant("const/video/tube_positions",
                sineCosine(tubes, placements, width)));
        for (int k = 0; k < tubes.kernels().size(); k++) {
            int values = tubes.kernels().get(k).values(tubes.clip().channels());
            String scope = "video/tube" + k;
            SDVariable weight = init.normal(sd, scope + "/weight", TransformerLayers.weightStd(values), values, width);
            if (values < padded) {
                weight = sd.concat(0, weight, sd.constant("const/" + scope + "/padding",
                        Nd4j.zeros(DataType.FLOAT, padded - values, width)));
            }
            SDVariable projected = keptTubes.mmul(weight).add(init.constant(sd, scope + "/bias", 0.0, 1, width));
            embedded = embedded.add(projected.mul(position.mmul(sd.constant("const/" + scope + "/is_kernel",
                    kernelIndicator(placements, k)))));
        }
        return embedded;
    }

    /** For every clip and tube, the flat pixel index of each of its values; padding points at the zero pixel. */
    private static INDArray pixelIndex(SparseTubes tubes, List<int[]> placements, int batch) {
        ClipShape clip = tubes.clip();
        int padded = tubes.maxValues();
        int clipFloats = (int) clip.floatsPerClip();
        int[] index = new int[batch * placements.size() * padded];
        int i = 0;
        for (int b = 0; b < batch; b++) {
            for (int[] p : placements) {
                SparseTubes.Kernel k = tubes.kernels().get(p[0]);
                int written = 0;
                for (int dt = 0; dt < k.t(); dt++) {
                    for (int dy = 0; dy < k.h(); dy++) {
                        for (int dx = 0; dx < k.w(); dx++) {
                            for (int c = 0; c < clip.channels(); c++) {
                                index[i++] = b * clipFloats + (((p[1] + dt) * clip.height() + p[2] + dy)
                                        * clip.width() + p[3] + dx) * clip.channels() + c;
                                written++;
                            }
                        }
                    }
                }
                for (; written < padded; written++) {
                    index[i++] = batch * clipFloats;
                }
            }
        }
        return Nd4j.createFromArray(index);
    }

    /** {@code [tokens, 1]}: 1 where the token is a tube of kernel {@code k}. */
    private static INDArray kernelIndicator(List<int[]> placements, int k) {
        float[][] is = new float[placements.size()][1];
        for (int n = 0; n < placements.size(); n++) {
            is[n][0] = placements.get(n)[0] == k ? 1f : 0f;
        }
        return Nd4j.createFromArray(is);
    }

    /** {@code [tokens, width]}: sine-cosine embeddings of each tube centre's t, y and x, in thirds of the width. */
    private static INDArray sineCosine(SparseTubes tubes, List<int[]> placements, int width) {
        int third = width / 3 / 2 * 2;
        int[] dims = {third, third, width - 2 * third};
        float[][] table = new float[placements.size()][width];
        for (int n = 0; n < placements.size(); n++) {
            int[] p = placements.get(n);
            SparseTubes.Kernel k = tubes.kernels().get(p[0]);
            double[] centre = {p[1] + k.t() / 2.0, p[2] + k.h() / 2.0, p[3] + k.w() / 2.0};
            int column = 0;
            for (int axis = 0; axis < 3; axis++) {
                for (int j = 0; j < dims[axis] / 2; j++) {
                    double angle = centre[axis] / Math.pow(10000, 2.0 * j / dims[axis]);
                    table[n][column++] = (float) Math.sin(angle);
                    table[n][column++] = (float) Math.cos(angle);
                }
            }
        }
        return Nd4j.createFromArray(table);
    }
}
