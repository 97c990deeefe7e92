package org.vfelab.reports.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.vfelab.reports.results.TrialResult;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Two groups of trials (say joint and frame-avg at the same sampler, mask ratio and preset) compared on one metric
 * with a paired t-test over the seeds both ran: a seed fixes the data order and initialisation, so pairing by seed
 * removes that shared noise, which matters with the two or three seeds a CPU sweep affords. Only finished trials
 * that logged the metric take part; seeds that only one side ran are dropped. With fewer than two pairs, or
 * differences that are all equal, there is no t-test and the comparison says so instead of printing a p-value.
 *
 * @param pairs     seeds present on both sides
 * @param leftMean  the mean of the left side over those seeds
 * @param rightMean the mean of the right side over those seeds
 * @param t         the paired t statistic (NaN unless {@link Status#TESTED})
 * @param p         its two-sided p-value, n - 1 degrees of freedom (NaN unless {@link Status#TESTED})
 * @param differenceHalfWidth95 the half-width of the 95 % confidence interval of the mean per-seed difference
 *                  (Student's t, n - 1 degrees of freedom; NaN with fewer than two pairs, 0 if the differences are
 *                  all equal)
 */
public record PairedComparison(String leftName, String rightName, String metric, int pairs, double leftMean,
                               double rightMean, double t, double p, Status status, double differenceHalfWidth95) {

    /** Whether a t-test could be run, and if not why. */
    public enum Status { TESTED, TOO_FEW_PAIRS, CONSTANT_DIFFERENCE }

    /** Below this standard deviation the per-seed differences count as equal (floating-point noise, not data). */
    private static final double CONSTANT_SD = 1e-12;
    private static final int MIN_PAIRS = 2;
    private static final double CONFIDENCE = 0.95;

    /** Pairs the finished trials of {@code left} and {@code right} by seed and tests them on {@code metric}. */
    public static PairedComparison of(String leftName, Collection<TrialResult> left, String rightName,
                                      Collection<TrialResult> right, String metric) {
        SortedMap<Long, Double> leftBySeed = SeedMeans.of(finished(left), trial -> trial.metric(metric));
        SortedMap<Long, Double> rightBySeed = SeedMeans.of(finished(right), trial -> trial.metric(metric));
        leftBySeed.keySet().retainAll(rightBySeed.keySet());
        rightBySeed.keySet().retainAll(leftBySeed.keySet());
        double[] x = leftBySeed.values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = rightBySeed.values().stream().mapToDouble(Double::doubleValue).toArray();
        double leftMean = mean(x);
        double rightMean = mean(y);
        if (x.length < MIN_PAIRS) {
            return new PairedComparison(leftName, rightName, metric, x.length, leftMean, rightMean, Double.NaN,
                    Double.NaN, Status.TOO_FEW_PAIRS, Double.NaN);
        }
        double sd = sdOfDifferences(x, y);
        if (sd < CONSTANT_SD) {
            return new PairedComparison(leftName, rightName, metric, x.length, leftMean, rightMean, Double.NaN,
                    Double.NaN, Status.CONSTANT_DIFFERENCE, 0.0);
        }
        TTest test = new TTest();
        double quantile = new TDistribution(x.length - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return new PairedComparison(leftName, rightName, metric, x.length, leftMean, rightMean, test.pairedT(x, y),
                test.pairedTTest(x, y), Status.TESTED, quantile * sd / Math.sqrt(x.length));
    }

    /** The same comparison with both sides renamed (e.g. their scale appended), numbers unchanged. */
    public PairedComparison named(String left, String right) {
        return new PairedComparison(left, right, metric, pairs, leftMean, rightMean, t, p, status,
                differenceHalfWidth95);
    }

    /** {@code +0.514 ± 0.032} (the mean difference and its 95 % interval), or just the difference without one. */
    public String differenceWithInterval() {
        String difference = String.format(Locale.ROOT, "%+.3f", meanDifference());
        return Double.isNaN(differenceHalfWidth95) ? difference
                : difference + " ± " + String.format(Locale.ROOT, "%.3f", differenceHalfWidth95);
    }

    /** {@code p = 0.0123}, {@code p < 0.0001}, or {@code no test} when none could run. */
    public String pInWords() {
        return status == Status.TESTED ? pValue() : "no test";
    }

    /** The mean over the paired seeds of left minus right. */
    public double meanDifference() {
        return leftMean - rightMean;
    }

    /** Whether a t-test ran and rejected equal means at level {@code alpha} (two-sided). */
    public boolean significant(double alpha) {
        return status == Status.TESTED && p < alpha;
    }

    /**
     * One line for a report, e.g. {@code joint 0.690 vs frame-avg 0.176 on temporal/t2v_recall_at_1: +0.514,
     * paired t-test over 3 seeds: t = 12.34, p = 0.0065}.
     */
    public String render() {
        if (pairs == 0) {
            return leftName + " vs " + rightName + " on " + metric
                    + ": no seed in both, no paired test (needs at least 2 seeds in both)";
        }
        String head = leftName + " " + fixed(leftMean) + " vs " + rightName + " " + fixed(rightMean) + " on "
                + metric + ": " + String.format(Locale.ROOT, "%+.3f", meanDifference());
        return switch (status) {
            case TESTED -> head + ", paired t-test over " + pairs + " seeds: t = "
                    + String.format(Locale.ROOT, "%.2f", t) + ", " + pValue();
            case TOO_FEW_PAIRS -> head + ", 1 seed in both, no paired test (needs at least 2 seeds in both)";
            case CONSTANT_DIFFERENCE -> head + " on each of " + pairs
                    + " seeds, no paired t-test (the differences have zero variance)";
        };
    }

    private String pValue() {
        return p < 1e-4 ? "p < 0.0001" : String.format(Locale.ROOT, "p = %.4f", p);
    }

    private static List<TrialResult> finished(Collection<TrialResult> trials) {
        return trials.stream().filter(TrialResult::finished).toList();
    }

    private static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).average().orElseThrow();
    }

    private static double sdOfDifferences(double[] x, double[] y) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i] - y[i];
        }
        double mean = mean(d);
        double squares = Arrays.stream(d).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (d.length - 1));
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
