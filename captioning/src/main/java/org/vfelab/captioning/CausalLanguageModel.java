package org.vfelab.captioning;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.model.TransformerLayers;
import org.vfelab.core.model.TransformerShape;
import org.vfelab.core.plugin.ParameterInit;

/**
 * A GPT-style causal language model over caption tokens: token and position tables, pre-LN blocks whose
 * attention sees only earlier tokens, a final layer norm and an output projection to the vocabulary. Its
 * variables live under {@value #SCOPE}, so a captioning model loads them from a language-model trial's checkpoint
 * by name. Trained with {@link #loss}: next-token cross-entropy over the positions the targets mark.
 */
public final class CausalLanguageModel {

    /** Placeholder: token ids {@code [batch, length]}, {@code <bos>} first. */
    public static final String TOKENS = "lm_tokens";
    /** Placeholder: the one-hot next token of each position {@code [batch * length, vocabulary]}; zero rows add no loss. */
    public static final String TARGETS = "lm_targets";
    /** Output: next-token logits {@code [batch * length, vocabulary]}. */
    public static final String LOGITS = "lm_logits";
    /** The name scope of the language model's variables. */
    public static final String SCOPE = "lm/";

    private static final double MASKED_SCORE = -1e9;
    private static final double LOSS_EPSILON = 1e-6;

    /** Extra computation before each block, e.g. gated cross-attention to visual tokens. */
    @FunctionalInterface
    public interface LayerInsert {
        /** No insert: the plain language model. */
        LayerInsert NONE = (sd, init, layer, x) -> x;

        /** @return {@code x} after the insert, {@code [batch * length, width]} */
        SDVariable before(SameDiff sd, ParameterInit init, int layer, SDVariable x);
    }

    private CausalLanguageModel() {
    }

    /** Adds the model to {@code sd} with the {@link #TOKENS} placeholder and returns the {@link #LOGITS}. */
    public static SDVariable logits(SameDiff sd, ParameterInit init, int batch, int length, int vocabulary, int depth,
                                    TransformerShape shape, LayerInsert insert) {
        int width = shape.width();
        SDVariable tokens = sd.placeHolder(TOKENS, DataType.INT, batch, length);
        SDVariable table = init.normal(sd, SCOPE + "token_table", 0.02, vocabulary, width);
        SDVariable positions = init.normal(sd, SCOPE + "position_table", 0.02, length, width);
        SDVariable x = sd.oneHot(tokens.reshape((long) batch * length), vocabulary, -1, 1.0, 0.0, DataType.FLOAT)
                .mmul(table)
                .reshape(batch, length, width)
                .add(positions.reshape(1, length, width))
                .reshape((long) batch * length, width);
        SDVariable causal = sd.constant("const/causal_bias", causalBias(length));
        for (int layer = 0; layer < depth; layer++) {
            x = insert.before(sd, init, layer, x);
            x = TransformerLayers.block(sd, init, SCOPE + "block" + layer, x, batch, length, shape, causal);
        }
        x = TransformerLayers.layerNorm(sd, init, SCOPE + "ln_final", x, width);
        return TransformerLayers.dense(sd, init, SCOPE + "head", x, width, vocabulary).rename(LOGITS);
    }

    /**
     * Mean next-token cross-entropy over the positions whose {@link #TARGETS} row is one-hot, added to {@code sd}
     * as its loss variable {@code lossName}.
     */
    public static SDVariable loss(SameDiff sd, SDVariable logits, int batch, int length, int vocabulary,
                                  String lossName) {
        SDVariable targets = sd.placeHolder(TARGETS, DataType.FLOAT, (long) batch * length, vocabulary);
        SDVariable logProbabilities = sd.nn().logSoftmax(logits);
        SDVariable loss = logProbabilities.mul(targets).sum().neg().div(targets.sum().add(LOSS_EPSILON))
                .rename(lossName);
        sd.setLossVariables(loss);
        return loss;
    }

    /** {@code [1, 1, length, length]}: 0 where a query may see a key (the key is not later), else a large negative. */
    static INDArray causalBias(int length) {
        float[] bias = new float[length * length];
        for (int query = 0; query < length; query++) {
            for (int key = query + 1; key < length; key++) {
                bias[query * length + key] = (float) MASKED_SCORE;
            }
        }
        return Nd4j.create(bias, new long[] {1, 1, length, length}, DataType.FLOAT);
    }
}
