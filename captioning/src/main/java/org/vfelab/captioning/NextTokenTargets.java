package org.vfelab.captioning;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.data.Vocabulary;

/**
 * The teacher-forcing targets of a batch of captions: position t of a caption is trained to predict its token
 * t + 1, for every position up to the one before {@code <eos>}'s successor; padding adds nothing.
 */
final class NextTokenTargets {

    private NextTokenTargets() {
    }

    /**
     * @param tokens INT {@code [batch, length]}: {@code <bos>} words {@code <eos>} then {@code <pad>}
     * @return FLOAT {@code [batch * length, vocabulary]}: row {@code b * length + t} is one-hot at token t + 1 of
     *         caption b while that token is not padding, else zero
     */
    static INDArray of(INDArray tokens, int vocabulary) {
        int batch = (int) tokens.size(0);
        int length = (int) tokens.size(1);
        int[] ids = tokens.dup().reshape((long) batch * length).toIntVector();
        float[] targets = new float[batch * length * vocabulary];
        for (int b = 0; b < batch; b++) {
            for (int t = 0; t + 1 < length; t++) {
                int next = ids[b * length + t + 1];
                if (next != Vocabulary.PAD) {
                    targets[(b * length + t) * vocabulary + next] = 1f;
                }
            }
        }
        return Nd4j.create(targets, new long[] {(long) batch * length, vocabulary}, DataType.FLOAT);
    }
}
