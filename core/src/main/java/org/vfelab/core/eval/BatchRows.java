package org.vfelab.core.eval;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Fixed-size batches over a set for graphs whose placeholders have a static batch size (SameDiff 1.0.0-M2.1): the
 * last, partial batch is filled up with the set's first rows, which callers ignore.
 */
public final class BatchRows {

    private BatchRows() {
    }

    /** Rows {@code start, start + 1, ...} of {@code all} along its first axis, wrapping around to fill {@code batch}. */
    public static INDArray of(INDArray all, int start, int batch) {
        int n = Math.toIntExact(all.size(0));
        if (start + batch <= n) {
            return all.get(NDArrayIndex.interval(start, start + batch)).dup();
        }
        int[] rows = new int[batch];
        for (int i = 0; i < batch; i++) {
            rows[i] = (start + i) % n;
        }
        long[] shape = all.shape().clone();
        shape[0] = batch;
        return Nd4j.pullRows(all.reshape(n, -1), 1, rows).reshape(shape);
    }
}
