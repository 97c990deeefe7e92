package org.vfelab.core.data;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FloatArraysTest {

    @Test
    void theValuesLandInCOrderLikeNd4jsOwnCopy() {
        float[] values = {1.5f, -2, 3, 4.25f, 5, 6};

        assertThat(FloatArrays.of(values, 2, 3)).isEqualTo(Nd4j.create(values, new long[]{2, 3}, DataType.FLOAT));
        assertThat(FloatArrays.of(values, 2, 3).getFloat(1, 0)).isEqualTo(4.25f);
    }

    @Test
    void aShapeThatDoesNotHoldTheValuesIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> FloatArrays.of(new float[5], 2, 3))
                .withMessage("a shape of 6 values for 5");
    }
}
