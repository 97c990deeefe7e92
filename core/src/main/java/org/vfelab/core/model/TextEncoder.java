package org.vfelab.core.model;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.vfelab.core.plugin.ParameterInit;

/**
 * The text tower: a small BERT-like encoder whose caption embedding is the mean of its token outputs over the
 * real (non-padding) tokens, as in the paper. Padding keys are masked out of attention.
 */
public final class TextEncoder {

    /** Placeholder: token ids {@code [batch, maxTokens]}. */
    public static final String TOKENS = "text_tokens";
    /** Placeholder: 1 for real tokens, 0 for padding, {@code [batch, maxTokens]}. */
    public static final String MASK = "text_mask";

    private static final double MASKED_SCORE = -1e9;

    private TextEncoder() {
    }

    /** @return caption features {@code [batch, width]} */
    public static SDVariable encode(SameDiff sd, ParameterInit init, int batch, int maxTokens, int vocabulary,
                                    int depth, TransformerShape shape) {
        int width = shape.width();
        SDVariable tokens = sd.placeHolder(TOKENS, DataType.INT, batch, maxTokens);
        SDVariable mask = sd.placeHolder(MASK, DataType.FLOAT, batch, maxTokens);
        SDVariable table = init.normal(sd, "text/token_table", 0.02, vocabulary, width);
        SDVariable positions = init.normal(sd, "text/position_table", 0.02, maxTokens, width);
        SDVariable x = sd.oneHot(tokens.reshape((long) batch * maxTokens), vocabulary, -1, 1.0, 0.0, DataType.FLOAT)
                .mmul(table)
                .reshape(batch, maxTokens, width)
                .add(positions.reshape(1, maxTokens, width))
                .reshape((long) batch * maxTokens, width);
        SDVariable keyBias = mask.rsub(1.0).mul(MASKED_SCORE).reshape(batch, 1, 1, maxTokens);
        for (int layer = 0; layer < depth; layer++) {
            x = TransformerLayers.block(sd, init, "text/block" + layer, x, batch, maxTokens, shape, keyBias);
        }
        x = TransformerLayers.layerNorm(sd, init, "text/ln_final", x, width);
        SDVariable summed = x.reshape(batch, maxTokens, width).mul(mask.reshape(batch, maxTokens, 1)).sum(1);
        return summed.div(mask.sum(true, 1));
    }
}
