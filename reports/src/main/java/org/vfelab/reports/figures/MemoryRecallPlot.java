package org.vfelab.reports.figures;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;

/**
 * Draws exactly the {@link PlottedSeries} of a {@link MemoryRecallFigure}: lines and markers in one dataset, and the
 * error bars of points that have one (two or more seeds) in a second, so a single-seed point gets no zero-length bar.
 * A hollow point is drawn as a ring: an out-of-memory trial, or the ring the Pareto front draws around a point.
 */
final class MemoryRecallPlot {

    private static final Color OOM = new Color(0xB00020);
    private static final Color FRONT = new Color(0x777777);
    private static final BasicStroke LINE = new BasicStroke(2.2f);
    private static final BasicStroke OUTLINE = new BasicStroke(2f);
    private static final BasicStroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {7f, 5f}, 0f);

    private MemoryRecallPlot() {
    }

    static XYPlot of(List<PlottedSeries> series, String yLabel) {
        XYSeriesCollection lines = new XYSeriesCollection();
        YIntervalSeriesCollection errors = new YIntervalSeriesCollection();
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer() {
            @Override
            public boolean getItemShapeFilled(int index, int item) {
                return !series.get(index).points().get(item).hollow();
            }
        };
        XYErrorRenderer errorRenderer = new XYErrorRenderer();
        errorRenderer.setDefaultLinesVisible(false);
        errorRenderer.setDefaultShapesVisible(false);
        errorRenderer.setDrawXError(false);
        errorRenderer.setDefaultSeriesVisibleInLegend(false);
        errorRenderer.setErrorStroke(new BasicStroke(1.4f));
        for (PlottedSeries s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            YIntervalSeries error = new YIntervalSeries(s.name(), false, true);
            for (PlottedPoint p : s.points()) {
                xy.add(p.x(), p.y());
                if (Double.isFinite(p.yError())) {
                    error.add(p.x(), p.y(), p.y() - p.yError(), p.y() + p.yError());
                }
            }
            lines.addSeries(xy);
            style(lineRenderer, lines.getSeriesCount() - 1, s.name());
            if (!error.isEmpty()) {
                errors.addSeries(error);
                errorRenderer.setSeriesPaint(errors.getSeriesCount() - 1, MethodColours.of(s.name()));
            }
        }
        lineRenderer.setDefaultItemLabelGenerator((dataset, index, item) ->
                series.get(index).points().get(item).label());
        lineRenderer.setDefaultItemLabelsVisible(true);
        NumberAxis memory = new NumberAxis("peak training memory (GB)");
        memory.setUpperMargin(0.08);
        NumberAxis recall = new NumberAxis(yLabel);
        recall.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(lines, memory, recall, lineRenderer);
        plot.setDataset(1, errors);
        plot.setRenderer(1, errorRenderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        plot.setNoDataMessage(ChartStyle.NO_FINISHED_TRIALS);
        return plot;
    }

    private static void style(XYLineAndShapeRenderer renderer, int index, String name) {
        switch (name) {
            case MemoryRecallFigure.OUT_OF_MEMORY -> {
                renderer.setSeriesPaint(index, OOM);
                renderer.setSeriesLinesVisible(index, false);
                renderer.setSeriesShape(index, circle(11));
                renderer.setSeriesOutlineStroke(index, OUTLINE);
            }
            case MemoryRecallFigure.PARETO_FRONT -> {
                renderer.setSeriesPaint(index, FRONT);
                renderer.setSeriesStroke(index, DASHED);
                renderer.setSeriesShape(index, circle(17));
                renderer.setSeriesOutlineStroke(index, OUTLINE);
                renderer.setSeriesItemLabelsVisible(index, false);
            }
            default -> {
                renderer.setSeriesPaint(index, MethodColours.of(name));
                renderer.setSeriesStroke(index, LINE);
                renderer.setSeriesShape(index, circle(9));
            }
        }
    }

    private static Ellipse2D circle(double size) {
        return new Ellipse2D.Double(-size / 2, -size / 2, size, size);
    }
}
