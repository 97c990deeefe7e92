package org.vfelab.core.data;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Java float arrays into ND4J arrays in one bulk copy. {@code Nd4j.create(float[], shape, type)} copies element by
 * element in 1.0.0-M2.1: 3.6 ms for a bench-b batch of clips (8 x 16 x 64 x 64 x 3) against 0.3 ms for a bulk
 * copy into the native buffer, and the data side runs every training step.
 */
public final class FloatArrays {

    private FloatArrays() {
    }

    /** A C-order float array of {@code shape} holding {@code values}, whose length must be the shape's. */
    public static INDArray of(float[] values, long... shape) {
        long length = 1;
        for (long size : shape) {
            length *= size;
        }
        if (length != values.length) {
            throw new IllegalArgumentException("a shape of " + length + " values for " + values.length);
        }
        INDArray array = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
        array.data().asNio().asFloatBuffer().put(values);
        return array;
    }
}
