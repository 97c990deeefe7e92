package org.vfelab.core.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * The contrastive target matrix of a batch: entry (i, j) is 1/n when caption j equals caption i and n captions of
 * the batch equal it, else 0. Identical captions in one batch (common in a small-vocabulary benchmark) then share
 * the target mass instead of being pushed apart as false negatives.
 */
public final class MatchTargets {

    private MatchTargets() {
    }

    public static INDArray of(List<String> captions) {
        int n = captions.size();
        float[][] targets = new float[n][n];
        for (int i = 0; i < n; i++) {
            int matches = 0;
            for (int j = 0; j < n; j++) {
                if (captions.get(i).equals(captions.get(j))) {
                    matches++;
                }
            }
            for (int j = 0; j < n; j++) {
                if (captions.get(i).equals(captions.get(j))) {
                    targets[i][j] = 1f / matches;
                }
            }
        }
        return Nd4j.create(targets);
    }
}
