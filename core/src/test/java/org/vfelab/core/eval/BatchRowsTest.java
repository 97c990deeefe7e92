package org.vfelab.core.eval;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;

/** Fixed-size batches over a set, the last one filled up from the start. */
class BatchRowsTest {

    /** Five rows of three values; row r holds r*10, r*10+1, r*10+2. */
    private static final INDArray SET = Nd4j.createFromArray(new int[][] {
            {0, 1, 2}, {10, 11, 12}, {20, 21, 22}, {30, 31, 32}, {40, 41, 42}});

    @Test
    void aFullBatchIsTheRowsInOrder() {
        assertThat(BatchRows.of(SET, 1, 2).toIntMatrix()).isEqualTo(new int[][] {{10, 11, 12}, {20, 21, 22}});
    }

    @Test
    void theLastBatchWrapsAroundToTheFirstRows() {
        assertThat(BatchRows.of(SET, 4, 3).toIntMatrix())
                .isEqualTo(new int[][] {{40, 41, 42}, {0, 1, 2}, {10, 11, 12}});
    }

    @Test
    void aBatchLargerThanTheSetRepeatsIt() {
        INDArray batch = BatchRows.of(SET, 0, 7);
        assertThat(batch.getRow(5).toIntVector()).containsExactly(0, 1, 2);
        assertThat(batch.getRow(6).toIntVector()).containsExactly(10, 11, 12);
    }

    @Test
    void higherRankRowsKeepTheirShape() {
        INDArray clips = Nd4j.arange(12).castTo(DataType.FLOAT).reshape(3, 2, 2);
        INDArray batch = BatchRows.of(clips, 2, 2);

        assertThat(batch.shape()).containsExactly(2, 2, 2);
        assertThat(batch.slice(0)).isEqualTo(clips.slice(2));
        assertThat(batch.slice(1)).isEqualTo(clips.slice(0));
    }
}
