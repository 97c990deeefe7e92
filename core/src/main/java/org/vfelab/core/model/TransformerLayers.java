package org.vfelab.core.model;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.plugin.ParameterInit;

import java.util.function.Supplier;

/**
 * Pre-LN transformer layers built only from SameDiff ops whose gradients hold in 1.0.0-M2.1 (gather with a
 * gradient, batchMmul, logSoftmax along a dimension and variance are broken there): activations stay 2-D {@code [sequences * length, width]} for every
 * weight matmul and become rank 4 only inside attention.
 */
public final class TransformerLayers {

    /**
     * Standard deviation of the truncated-normal initialisation of a projection weight with {@code in} inputs:
     * {@code 1 / sqrt(in)} (LeCun), which keeps activations at unit scale through the layers. ViT's fixed 0.02 is
     * close to that at width 768, but at the tiny preset's width 64 it starts every layer near zero: attention
     * is uniform, tokens look alike, and training sat on a plateau for hundreds of steps (joint, seed 9: temporal
     * T2V R@1 0.20 after 900 steps, 0.67 with this initialisation).
     */
    public static double weightStd(int in) {
        return 1 / Math.sqrt(in);
    }

    private static final double LAYER_NORM_EPSILON = 1e-5;

    private TransformerLayers() {
    }

    /** One pre-LN block: {@code x + attn(LN(x))}, then {@code x + mlp(LN(x))}. */
    public static SDVariable block(SameDiff sd, ParameterInit init, String scope, SDVariable x, long sequences,
                                   int length, TransformerShape shape, SDVariable keyBias) {
        return block(sd, init, scope, x, sequences, length, shape, keyBias, TransformerLayers::dense);
    }

    /** {@link #block} with every projection built by {@code dense} (e.g. with a low-rank update). */
    public static SDVariable block(SameDiff sd, ParameterInit init, String scope, SDVariable x, long sequences,
                                   int length, TransformerShape shape, SDVariable keyBias, DenseLayer dense) {
        SDVariable attended = x.add(attention(sd, init, scope + "/attn",
                layerNorm(sd, init, scope + "/ln1", x, shape.width()), sequences, length, shape, keyBias, dense));
        return attended.add(mlp(sd, init, scope + "/mlp",
                layerNorm(sd, init, scope + "/ln2", attended, shape.width()), shape, dense));
    }

    /** Layer normalisation over the last dimension of a 2-D activation, with learned gain and offset. */
    public static SDVariable layerNorm(SameDiff sd, ParameterInit init, String scope, SDVariable x, int width) {
        return layerNorm(sd, x, init.constant(sd, scope + "/gain", 1.0, width),
                init.constant(sd, scope + "/offset", 0.0, width), width);
    }

    /**
     * {@code (x - mean) / sqrt(var + eps) * gain + offset} per row of a 2-D activation {@code [rows, width]}, with
     * {@code gain} and {@code offset} of shape {@code [width]}.
     *
     * <p>Written with matrix products instead of {@code nn().layerNorm} or broadcasting ops: libnd4j 1.0.0-M2.1
     * reduces and broadcasts along a dimension element by element, so its layer_norm_bp took 20 ms on a
     * {@code [4096, 192]} activation (a sixth of a bench-b step). Here a row's mean and variance are products with a
     * {@code [width, 1]} column of {@code 1/width}; a per-row value is spread over the row as a product with a
     * {@code [1, width]} row of ones, and the gain as {@code invStd x gain}, an outer product; every op, forward and
     * backward, is then a GEMM or an elementwise op on equal shapes: 3.7x faster for the pair.
     */
    public static SDVariable layerNorm(SameDiff sd, SDVariable x, SDVariable gain, SDVariable offset, int width) {
        SDVariable average = sharedConstant(sd, "const/layer_norm/average_" + width,
                () -> Nd4j.valueArrayOf(new long[]{width, 1}, 1.0f / width));
        SDVariable spread = sharedConstant(sd, "const/layer_norm/ones_" + width,
                () -> Nd4j.ones(DataType.FLOAT, 1, width));
        SDVariable rowMean = x.mmul(average);
        SDVariable centered = x.sub(rowMean.mmul(spread));
        SDVariable inverseStd = sd.math().rsqrt(centered.mul(centered).mmul(average).add(LAYER_NORM_EPSILON));
        return centered.mul(inverseStd.mmul(gain.reshape(1, width)))
                .add(sd.onesLike(rowMean).mmul(offset.reshape(1, width)));
    }

    private static SDVariable sharedConstant(SameDiff sd, String name, Supplier<INDArray> value) {
        return sd.hasVariable(name) ? sd.getVariable(name) : sd.constant(name, value.get());
    }

    /** A dense layer {@code x W + b} on a 2-D activation. */
    public static SDVariable dense(SameDiff sd, ParameterInit init, String scope, SDVariable x, int in, int out) {
        SDVariable weight = init.normal(sd, scope + "/weight", weightStd(in), in, out);
        SDVariable bias = init.constant(sd, scope + "/bias", 0.0, 1, out);
        return x.mmul(weight).add(bias);
    }

    /**
     * Multi-head self-attention within each of {@code sequences} sequences of {@code length} tokens.
     *
     * @param keyBias null, or {@code [sequences, 1, 1, length]} added to the scores (large negative = ignore key)
     */
    public static SDVariable attention(SameDiff sd, ParameterInit init, String scope, SDVariable x, long sequences,
                                       int length, TransformerShape shape, SDVariable keyBias, DenseLayer dense) {
        int heads = shape.heads();
        int headWidth = shape.headWidth();
        SDVariable qkv = dense.apply(sd, init, scope + "/qkv", x, shape.width(), 3 * shape.width());
        SDVariable[] qkvHeads = sd.unstack(
                qkv.reshape(sequences, length, 3, heads, headWidth).permute(2, 0, 3, 1, 4), 0, 3);
        SDVariable scores = sd.mmul(qkvHeads[0], qkvHeads[1], false, true, false).mul(1.0 / Math.sqrt(headWidth));
        if (keyBias != null) {
            scores = scores.add(keyBias);
        }
        SDVariable weights = sd.nn().softmax(scores, -1);
        SDVariable mixed = sd.mmul(weights, qkvHeads[2]).permute(0, 2, 1, 3).reshape(sequences * length, shape.width());
        return dense.apply(sd, init, scope + "/out", mixed, shape.width(), shape.width());
    }

    /**
     * Multi-head cross-attention: each of {@code batch} query sequences of {@code queryLength} tokens attends to the
     * key sequence of {@code keyLength} tokens with the same index (Flamingo's gated cross-attention, the
     * Perceiver resampler).
     *
     * @param queries {@code [batch * queryLength, width]}
     * @param keys    {@code [batch * keyLength, width]}, projected to both keys and values
     */
    public static SDVariable crossAttention(SameDiff sd, ParameterInit init, String scope, SDVariable queries,
                                            SDVariable keys, long batch, int queryLength, int keyLength,
                                            TransformerShape shape) {
        int heads = shape.heads();
        int headWidth = shape.headWidth();
        SDVariable q = dense(sd, init, scope + "/q", queries, shape.width(), shape.width())
                .mul(1.0 / Math.sqrt(headWidth))
                .reshape(batch, queryLength, heads, headWidth).permute(0, 2, 1, 3);
        SDVariable[] kv = sd.unstack(dense(sd, init, scope + "/kv", keys, shape.width(), 2 * shape.width())
                .reshape(batch, keyLength, 2, heads, headWidth).permute(2, 0, 3, 1, 4), 0, 2);
        SDVariable weights = sd.nn().softmax(sd.mmul(q, kv[0], false, true, false), -1);
        SDVariable mixed = sd.mmul(weights, kv[1]).permute(0, 2, 1, 3).reshape(batch * queryLength, shape.width());
        return dense(sd, init, scope + "/out", mixed, shape.width(), shape.width());
    }

    /** The GELU feed-forward block. */
    public static SDVariable mlp(SameDiff sd, ParameterInit init, String scope, SDVariable x, TransformerShape shape,
                                 DenseLayer dense) {
        SDVariable hidden = sd.nn().gelu(dense.apply(sd, init, scope + "/fc1", x, shape.width(), shape.mlpWidth()));
        return dense.apply(sd, init, scope + "/fc2", hidden, shape.mlpWidth(), shape.width());
    }

    /** Mean over the tokens of each sequence: {@code [sequences * length, width] -> [sequences, width]}. */
    public static SDVariable meanPool(SDVariable x, long sequences, int length, int width) {
        return x.reshape(sequences, length, width).mean(1);
    }
}
