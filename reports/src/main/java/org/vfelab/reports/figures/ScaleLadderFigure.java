package org.vfelab.reports.figures;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "finding vs scale" figure: R@1 lost to masking against tokens per clip (log 2 axis, one tick per rung), one
 * line per backbone with 95 % intervals of the paired drop as error bars, and the tolerance within which the
 * findings call recall kept drawn as a dashed line, so a reader sees at a glance at which scale joint's drop enters
 * it (F1 holds) or how close it comes.
 */
public final class ScaleLadderFigure {

    /** One measured drop: a backbone's mean R@1 loss at a rung and the half-width of its 95 % interval (NaN: none). */
    public record Point(String backbone, int tokens, double drop, double halfWidth95) {
    }

    private ScaleLadderFigure() {
    }

    /** The chart of {@code points}, the tolerance line at {@code tolerance} across the rungs' range. */
    public static JFreeChart chart(List<Point> points, double tolerance, String maskRatio) {
        Map<String, YIntervalSeries> series = new LinkedHashMap<>();
        for (Point point : points) {
            double half = Double.isNaN(point.halfWidth95()) ? 0 : point.halfWidth95();
            series.computeIfAbsent(point.backbone(), name -> new YIntervalSeries(name, true, false))
                    .add(point.tokens(), point.drop(), point.drop() - half, point.drop() + half);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        LogAxis tokens = new LogAxis("tokens per clip (log scale)");
        tokens.setBase(2);
        tokens.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0")));
        tokens.setNumberFormatOverride(new DecimalFormat("0"));
        tokens.setSmallestValue(1);
        NumberAxis drop = new NumberAxis("T2V R@1 lost at mask " + maskRatio + " (mask 0 minus masked)");
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorPaint(Color.DARK_GRAY);
        int index = 0;
        for (String backbone : series.keySet()) {
            renderer.setSeriesPaint(index++, MethodColours.of(backbone));
        }
        XYPlot plot = new XYPlot(data, tokens, drop, renderer);
        plot.setNoDataMessage(ChartStyle.NO_FINISHED_TRIALS);
        int lowest = points.stream().mapToInt(Point::tokens).min().orElse(1);
        int highest = points.stream().mapToInt(Point::tokens).max().orElse(1);
        plot.addAnnotation(new XYLineAnnotation(lowest, tolerance, highest, tolerance, new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 6f}, 0f), Color.GRAY));
        return ChartStyle.chart("Recall lost to masking vs tokens per clip", plot,
                List.of("dashed: the tolerance within which recall counts as kept (" + tolerance + ")"));
    }
}
