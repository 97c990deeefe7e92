package org.vfelab.core.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One training batch of (clip, caption) pairs, in the layout the dual encoder consumes, with the captions kept
 * as text for logging and debugging. Row i of every array is the same example.
 *
 * @param videos    FLOAT {@code [B, T, H, W, C]} in [0, 1]
 * @param tokens    INT {@code [B, L]}: {@code <bos>} words {@code <eos>}, then {@code <pad>}
 * @param tokenMask FLOAT {@code [B, L]}: 1 for real tokens including {@code <bos>} and {@code <eos>}, else 0
 * @param captions  the B captions as text
 */
public record VideoTextBatch(INDArray videos, INDArray tokens, INDArray tokenMask, List<String> captions) {
    public VideoTextBatch {
        captions = List.copyOf(captions);
        checkLayout(videos, tokens, tokenMask, captions.size());
    }

    /** Number of examples. */
    public int size() {
        return captions.size();
    }

    static void checkLayout(INDArray videos, INDArray tokens, INDArray tokenMask, int n) {
        Objects.requireNonNull(videos, "videos");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(tokenMask, "tokenMask");
        if (videos.rank() != 5 || videos.size(0) != n || videos.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException("videos must be FLOAT [" + n + ", T, H, W, C], got "
                    + videos.dataType() + " " + Arrays.toString(videos.shape()));
        }
        if (tokens.rank() != 2 || tokens.size(0) != n || !tokens.dataType().isIntType()) {
            throw new IllegalArgumentException("tokens must be INT [" + n + ", L], got " + tokens.dataType() + " "
                    + Arrays.toString(tokens.shape()));
        }
        if (!Arrays.equals(tokenMask.shape(), tokens.shape()) || tokenMask.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException("tokenMask must be FLOAT with the shape of tokens, got "
                    + tokenMask.dataType() + " " + Arrays.toString(tokenMask.shape()));
        }
    }
}
