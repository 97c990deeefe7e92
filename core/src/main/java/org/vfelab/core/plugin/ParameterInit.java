package org.vfelab.core.plugin;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * Creates trainable variables from one seeded random stream, so that two builds of a model with the same seed
 * start from bit-identical weights whatever ND4J's global random state is (docs/architecture.md, design rule "seeded randomness").
 */
public final class ParameterInit {

    private final SplittableRandom random;

    public ParameterInit(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A weight matrix drawn from a truncated normal with standard deviation {@code std} . */
    public SDVariable normal(SameDiff sd, String name, double std, long rows, long cols) {
        float[] values = new float[Math.toIntExact(rows * cols)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (std * truncatedGaussian());
        }
        return sd.var(name, Nd4j.create(values, new long[] {rows, cols}, DataType.FLOAT));
    }

    /** A constant-filled variable (biases, layer-norm gains and offsets, scalars). */
    public SDVariable constant(SameDiff sd, String name, double value, long... shape) {
        return sd.var(name, Nd4j.valueArrayOf(shape, (float) value));
    }

    /**
     * A new variable starting as a copy of {@code source}'s current values (a factorized model's temporal
     * attention starts as its spatial attention). Draws nothing from the random stream.
     */
    public SDVariable copyOf(SameDiff sd, String name, SDVariable source) {
        return sd.var(name, source.getArr().dup());
    }

    private double truncatedGaussian() {
        double g;
        do {
            g = gaussian();
        } while (Math.abs(g) > 2);
        return g;
    }

    private double gaussian() {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
