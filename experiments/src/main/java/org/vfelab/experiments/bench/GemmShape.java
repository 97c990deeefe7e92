package org.vfelab.experiments.bench;

/** The shape of one matrix multiply, {@code [m, k] x [k, n]}. */
public record GemmShape(long m, long k, long n) {

    /** {@code 2·m·k·n}: a multiply and an add per term. */
    public long flops() {
        return 2 * m * k * n;
    }

    @Override
    public String toString() {
        return m + "x" + k + "x" + n;
    }
}
