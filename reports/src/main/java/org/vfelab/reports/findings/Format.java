package org.vfelab.reports.findings;

import org.vfelab.reports.stats.Summary;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers as the evidence texts print them, one format per kind of number so texts stay comparable. */
public final class Format {

    private Format() {
    }

    /** An R@1 mean over seeds with its 95 % interval where there is one: {@code 0.612 ± 0.034}. */
    static String recall(Summary summary) {
        return summary.render(3);
    }

    /** A memory mean over seeds: {@code 1.25 GB}. */
    static String gigabytes(Summary summary) {
        return String.format(Locale.ROOT, "%.2f GB", summary.mean());
    }

    /** A mean or difference to three decimals: {@code 0.612}. */
    public static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String signed(double value) {
        return String.format(Locale.ROOT, "%+.3f", value);
    }

    /** A ratio of two means: {@code 2.50x}. */
    public static String times(double value) {
        return String.format(Locale.ROOT, "%.2fx", value);
    }

    /** A mask ratio as the sweeps write it: {@code 0}, {@code 0.5}, {@code 0.75}. */
    public static String ratio(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
