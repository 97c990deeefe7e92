package org.vfelab.reports.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import java.util.Collection;
import java.util.Locale;

/**
 * The mean of a metric over seeds and the half-width of its 95 % confidence interval (Student's t with n - 1
 * degrees of freedom); with one seed the interval is unknown (NaN), never a made-up zero.
 */
public record Summary(int n, double mean, double halfWidth95) {

    private static final double CONFIDENCE = 0.95;

    /** The summary of {@code values} (NaN values are left out). */
    public static Summary of(Collection<Double> values) {
        SummaryStatistics stats = new SummaryStatistics();
        values.stream().filter(v -> !v.isNaN()).forEach(stats::addValue);
        int n = (int) stats.getN();
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN);
        }
        if (n == 1) {
            return new Summary(1, stats.getMean(), Double.NaN);
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return new Summary(n, stats.getMean(), t * stats.getStandardDeviation() / Math.sqrt(n));
    }

    /** {@code 0.612 ± 0.034} (or just the mean with one seed), at {@code decimals} digits. */
    public String render(int decimals) {
        String mean = String.format(Locale.ROOT, "%." + decimals + "f", this.mean);
        return Double.isNaN(halfWidth95) ? mean
                : mean + " ± " + String.format(Locale.ROOT, "%." + decimals + "f", halfWidth95);
    }
}
