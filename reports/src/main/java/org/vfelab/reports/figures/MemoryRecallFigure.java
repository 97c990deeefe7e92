package org.vfelab.reports.figures;

import org.jfree.chart.JFreeChart;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.reports.stats.Summary;
import org.vfelab.tracking.RunMetrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Recall against peak training memory (paper Fig. 2, and the sampling figure with a temporal-caption metric): the
 * paper's question is which encoder or sampler buys the most recall per gigabyte, so each method is a line through
 * its mask ratios, trials that ran out of memory still mark how much they tried to use, and the Pareto front shows
 * the settings worth choosing.
 *
 * @param metric the recall metric on the y axis, e.g. {@code t2v_recall_at_1} or {@code temporal/t2v_recall_at_1}
 */
public record MemoryRecallFigure(String metric) {

    /** The series of hollow markers at y = 0, one per trial that ran out of memory. */
    public static final String OUT_OF_MEMORY = "out of memory";
    /** The dashed series through the non-dominated method points. */
    public static final String PARETO_FRONT = "Pareto front";

    public MemoryRecallFigure {
        if (metric == null || metric.isBlank()) {
            throw new IllegalArgumentException("a memory/recall figure needs a recall metric key");
        }
    }

    /** The figure over text-to-video R@1, the mean over caption families. */
    public MemoryRecallFigure() {
        this(RunMetrics.T2V_R1);
    }

    /**
     * What the figure plots: one series per method (in the table's order) with a point per mask ratio (ascending):
     * the means over seeds of memory and recall among finished trials, the recall's 95 % half-width as error; then
     * {@value #OUT_OF_MEMORY} and {@value #PARETO_FRONT} (hollow: a ring around each front point) when they have
     * points.
     */
    public List<PlottedSeries> series(ResultsTable table) {
        MethodNames names = MethodNames.of(table);
        Map<String, Map<Double, List<TrialResult>>> byMethod = new LinkedHashMap<>();
        table.rows().stream().filter(this::plottable).forEach(row -> byMethod
                .computeIfAbsent(names.name(row), method -> new TreeMap<>())
                .computeIfAbsent(row.maskRatio(), mask -> new ArrayList<>()).add(row));
        List<PlottedSeries> series = new ArrayList<>();
        List<PlottedPoint> candidates = new ArrayList<>();
        byMethod.forEach((method, byMask) -> {
            List<PlottedPoint> points = new ArrayList<>();
            byMask.forEach((mask, trials) -> {
                PlottedPoint point = mean(trials, "mask " + MethodNames.percent(mask));
                points.add(point);
                candidates.add(new PlottedPoint(point.x(), point.y(), Double.NaN, true,
                        method + ", " + point.label()));
            });
            series.add(new PlottedSeries(method, points));
        });
        List<PlottedPoint> outOfMemory = table.rows().stream()
                .filter(row -> row.outOfMemory() && row.memoryGigabytes().isPresent())
                .map(row -> new PlottedPoint(row.memoryGigabytes().getAsDouble(), 0, Double.NaN, true,
                        names.name(row) + ", mask " + MethodNames.percent(row.maskRatio())))
                .sorted(Comparator.comparingDouble(PlottedPoint::x))
                .toList();
        if (!outOfMemory.isEmpty()) {
            series.add(new PlottedSeries(OUT_OF_MEMORY, outOfMemory));
        }
        if (!candidates.isEmpty()) {
            series.add(new PlottedSeries(PARETO_FRONT, ParetoFront.of(candidates)));
        }
        return series;
    }

    /**
     * What the figure leaves out, shown under its title: {@code no finished trials}, finished trials that lack the
     * metric or a memory figure, and the other outcomes by count (an OOM trial is left out only without a memory).
     */
    public List<String> notes(ResultsTable table) {
        List<String> notes = new ArrayList<>();
        if (table.rows().stream().noneMatch(TrialResult::finished)) {
            notes.add(ChartStyle.NO_FINISHED_TRIALS);
        }
        long incomplete = table.rows().stream().filter(row -> row.finished() && !plottable(row)).count();
        if (incomplete > 0) {
            notes.add(incomplete + " finished trial(s) without " + metric + " or peak memory not shown");
        }
        Map<String, Long> failed = table.rows().stream()
                .filter(row -> !row.finished() && !(row.outOfMemory() && row.memoryGigabytes().isPresent()))
                .collect(Collectors.groupingBy(TrialResult::outcome, TreeMap::new, Collectors.counting()));
        if (!failed.isEmpty()) {
            notes.add("not shown: " + failed.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", ")));
        }
        return notes;
    }

    /** The chart drawn from {@link #series} with {@link #notes} as subtitles. */
    public JFreeChart chart(ResultsTable table) {
        String yLabel = MetricLabels.of(metric);
        return ChartStyle.chart("Recall against peak training memory", MemoryRecallPlot.of(series(table), yLabel),
                notes(table));
    }

    private boolean plottable(TrialResult row) {
        return row.finished() && row.memoryGigabytes().isPresent() && row.metric(metric).isPresent();
    }

    private PlottedPoint mean(List<TrialResult> trials, String label) {
        Summary memory = Summary.of(trials.stream().map(t -> t.memoryGigabytes().getAsDouble()).toList());
        Summary recall = Summary.of(trials.stream().map(t -> t.metric(metric).getAsDouble()).toList());
        return new PlottedPoint(memory.mean(), recall.mean(), recall.halfWidth95(), false, label);
    }
}
