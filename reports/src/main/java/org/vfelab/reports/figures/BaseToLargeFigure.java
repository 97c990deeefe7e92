package org.vfelab.reports.figures;

import org.jfree.chart.JFreeChart;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.reports.stats.Summary;
import org.vfelab.tracking.RunMetrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * How each method scales from a base to a large model (paper Fig. 3, "B-to-L"): the paper's claim is that the cheap
 * methods that look fine at base size lose more recall against joint space-time attention at large size, while
 * joint's memory grows most; so per method, memory growth in percent and the R@1 drop versus the reference (the
 * {@code joint} backbone, {@code random-mask} sampler, no masking) at each size, means over finished seeds.
 *
 * @param metric the recall whose drop is drawn, e.g. {@code t2v_recall_at_1}
 */
public record BaseToLargeFigure(String metric) {

    /** The presets from smallest to largest; the smaller of the table's two is the base. */
    public static final List<String> PRESET_ORDER = List.of("tiny", "small", "vit-b", "vit-l");
    /**
     * The method drops are measured against: the joint backbone with random-mask and no masking, which is what
     * {@link MethodNames#baseToLarge} names {@code joint}.
     */
    public static final String REFERENCE = "joint";
    /** The series of the memory chart. */
    public static final String MEMORY_INCREASE = "memory increase (%)";

    public BaseToLargeFigure {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("a B-to-L figure needs a recall metric key");
        }
    }

    /** The figure over text-to-video R@1, the mean over caption families. */
    public BaseToLargeFigure() {
        this(RunMetrics.T2V_R1);
    }

    /** The series of the drop chart at the base size, {@code R@1 drop vs joint, base}. */
    public String dropBaseSeries() {
        return MetricLabels.shortName(metric) + " drop vs " + REFERENCE + ", base";
    }

    /** The series of the drop chart at the large size. */
    public String dropLargeSeries() {
        return MetricLabels.shortName(metric) + " drop vs " + REFERENCE + ", large";
    }

    /**
     * One bar group per method, in the order methods first appear in the table.
     *
     * @throws IllegalArgumentException when a non-empty table's rows are not at exactly two known presets
     */
    public List<MethodBar> bars(ResultsTable table) {
        if (table.rows().isEmpty()) {
            return List.of();
        }
        ModelSizes sizes = ModelSizes.of(table);
        double referenceBase = mean(table, REFERENCE, sizes.base(), this::recall);
        double referenceLarge = mean(table, REFERENCE, sizes.large(), this::recall);
        return methods(table).stream().map(method -> new MethodBar(method,
                100 * (mean(table, method, sizes.large(), TrialResult::memoryGigabytes)
                        / mean(table, method, sizes.base(), TrialResult::memoryGigabytes) - 1),
                100 * (referenceBase - mean(table, method, sizes.base(), this::recall)),
                100 * (referenceLarge - mean(table, method, sizes.large(), this::recall)))).toList();
    }

    /** What the figure cannot show, under its title: which size is which, a missing reference, missing methods. */
    public List<String> notes(ResultsTable table) {
        if (table.rows().stream().noneMatch(TrialResult::finished)) {
            return List.of(ChartStyle.NO_FINISHED_TRIALS);
        }
        ModelSizes sizes = ModelSizes.of(table);
        List<String> notes = new ArrayList<>(List.of("base = " + sizes.base() + ", large = " + sizes.large()
                + "; " + MetricLabels.shortName(metric) + " = " + MetricLabels.of(metric) + ", drops in points ("
                + MetricLabels.shortName(metric) + " x 100); means over finished seeds"));
        for (String preset : List.of(sizes.base(), sizes.large())) {
            if (Double.isNaN(mean(table, REFERENCE, preset, this::recall))) {
                notes.add("no finished " + REFERENCE + " (random-mask, mask 0) trial with " + metric + " at "
                        + preset + ": drops at " + preset + " not shown");
            }
        }
        for (String method : methods(table)) {
            for (String preset : List.of(sizes.base(), sizes.large())) {
                if (table.rows().stream().noneMatch(row -> row.finished() && row.preset().equals(preset)
                        && MethodNames.baseToLarge(row).equals(method))) {
                    notes.add(method + ": no finished trial at " + preset);
                }
            }
        }
        return notes;
    }

    /** The chart drawn from {@link #bars} with {@link #notes} as subtitles. */
    public JFreeChart chart(ResultsTable table) {
        String recall = MetricLabels.shortName(metric);
        return ChartStyle.chart("From base to large: memory growth and " + recall + " drop vs " + REFERENCE,
                BaseToLargePlot.of(bars(table), this, recall + " drop (points)"), notes(table));
    }

    private static Set<String> methods(ResultsTable table) {
        Set<String> methods = new LinkedHashSet<>();
        table.rows().forEach(row -> methods.add(MethodNames.baseToLarge(row)));
        return methods;
    }

    private OptionalDouble recall(TrialResult row) {
        return row.metric(metric);
    }

    private static double mean(ResultsTable table, String method, String preset,
                               Function<TrialResult, OptionalDouble> value) {
        return Summary.of(table.rows().stream()
                .filter(row -> row.finished() && row.preset().equals(preset)
                        && MethodNames.baseToLarge(row).equals(method))
                .map(value).filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble).toList()).mean();
    }
}
