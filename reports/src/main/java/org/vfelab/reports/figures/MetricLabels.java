package org.vfelab.reports.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The axis label of a recall metric key, so a figure says which recall it plots: {@code t2v_recall_at_1} is the mean
 * over caption families, {@code temporal/t2v_recall_at_1} the temporal captions only, and the two read differently.
 */
final class MetricLabels {

    private static final Pattern RECALL = Pattern.compile("(?:([^/]+)/)?(t2v|v2t)_recall_at_(\\d+)");

    private MetricLabels() {
    }

    /** {@code text-to-video R@1 (temporal captions)}; a key that is not a recall is its own label. */
    static String of(String metric) {
        Matcher m = RECALL.matcher(metric);
        if (!m.matches()) {
            return metric;
        }
        String direction = m.group(2).equals("t2v") ? "text-to-video" : "video-to-text";
        String captions = m.group(1) == null ? "mean over caption families" : m.group(1) + " captions";
        return direction + " R@" + m.group(3) + " (" + captions + ")";
    }

    /** {@code R@1}, the short name of a recall metric in series names; a key that is not a recall is itself. */
    static String shortName(String metric) {
        Matcher m = RECALL.matcher(metric);
        return m.matches() ? "R@" + m.group(3) : metric;
    }
}
