package org.vfelab.reports.figures;

import org.jfree.chart.JFreeChart;
import org.vfelab.reports.results.LongVideoChain;
import org.vfelab.reports.results.LongVideoMeasure;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.stats.Summary;
import org.vfelab.reports.tables.LongVideoTable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Memory on both axes (the paper's long-video scatter): a model is cheap to build only if both of its stages are, so
 * each chain model is one point at its contrastive-training peak memory (x) and its video-to-text peak memory (y),
 * coloured by the Rouge-L its captions reach on a continuous scale with a colour bar, labelled with its name. The
 * numbers are the long-video table's ({@link LongVideoTable}): means over seeds of finished trials, with 95 %
 * intervals as error bars where there are several seeds.
 */
public final class LongVideoScatterFigure {

    private static final List<LongVideoMeasure> DRAWN = List.of(LongVideoMeasure.CONTRASTIVE_MEMORY,
            LongVideoMeasure.VIDEO_TO_TEXT_MEMORY, LongVideoMeasure.ROUGE_L);

    /** Whether the figure has anything to say: at least one video-to-text trial of the chain finished. */
    public static boolean applies(ResultsTable table) {
        return LongVideoChain.MODELS.stream()
                .anyMatch(model -> !LongVideoMeasure.ROUGE_L.trials(table, model).isEmpty());
    }

    /** One point per chain model that has all three means, in {@link LongVideoChain#MODELS} order. */
    public List<LongVideoPoint> points(ResultsTable table) {
        List<LongVideoPoint> points = new ArrayList<>();
        for (String model : LongVideoChain.MODELS) {
            Map<LongVideoMeasure, Summary> means = means(table, model);
            if (means.values().stream().allMatch(summary -> summary.n() > 0)) {
                Summary x = means.get(LongVideoMeasure.CONTRASTIVE_MEMORY);
                Summary y = means.get(LongVideoMeasure.VIDEO_TO_TEXT_MEMORY);
                points.add(new LongVideoPoint(model, x.mean(), x.halfWidth95(), y.mean(), y.halfWidth95(),
                        means.get(LongVideoMeasure.ROUGE_L).mean()));
            }
        }
        return points;
    }

    /** What the figure leaves out, under its title: each model with some chain trial but no point, and why. */
    public List<String> notes(ResultsTable table) {
        List<String> notes = new ArrayList<>();
        for (String model : LongVideoChain.MODELS) {
            boolean ran = List.of(LongVideoChain.Stage.values()).stream()
                    .anyMatch(stage -> !LongVideoChain.trials(table, model, stage).isEmpty());
            List<String> lacking = means(table, model).entrySet().stream()
                    .filter(entry -> entry.getValue().n() == 0).map(entry -> entry.getKey().title()).toList();
            if (ran && !lacking.isEmpty()) {
                notes.add(model + " not shown: no finished trial with " + String.join(", ", lacking));
            }
        }
        return notes;
    }

    /** The chart drawn from {@link #points} with {@link #notes} as subtitles and a Rouge-L colour bar. */
    public JFreeChart chart(ResultsTable table) {
        List<LongVideoPoint> points = points(table);
        ViridisScale scale = ViridisScale.over(points.stream().map(LongVideoPoint::rougeL).toList(),
                LongVideoScatterPlot.MIN_SCALE_WIDTH);
        JFreeChart chart = ChartStyle.chart("Peak memory of both stages, coloured by Rouge-L",
                LongVideoScatterPlot.of(points, scale), notes(table));
        chart.removeLegend();
        chart.addSubtitle(LongVideoScatterPlot.colourBar(scale));
        return chart;
    }

    private static Map<LongVideoMeasure, Summary> means(ResultsTable table, String model) {
        Map<LongVideoMeasure, Summary> means = new EnumMap<>(LongVideoMeasure.class);
        DRAWN.forEach(measure -> means.put(measure, LongVideoTable.summary(table, model, measure)));
        return means;
    }
}
