package org.vfelab.reports.figures;

import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws exactly the {@link LongVideoPoint}s of a {@link LongVideoScatterFigure}: one series per model (its own
 * marker shape, filled with the Rouge-L colour, outlined so the light end of the scale shows on white), and in a
 * second dataset the error bars of points with several seeds, in both directions.
 */
final class LongVideoScatterPlot {

    /** The narrowest Rouge-L range the colour bar spans, so near-equal scores do not look far apart. */
    static final double MIN_SCALE_WIDTH = 0.05;
    private static final double MARKER = 15;
    private static final Color OUTLINE = new Color(0x333333);
    private static final Color ERROR = new Color(0x777777);

    private LongVideoScatterPlot() {
    }

    static XYPlot of(List<LongVideoPoint> points, ViridisScale scale) {
        XYSeriesCollection markers = new XYSeriesCollection();
        XYIntervalSeriesCollection errors = new XYIntervalSeriesCollection();
        for (LongVideoPoint point : points) {
            XYSeries marker = new XYSeries(point.model(), false, true);
            marker.add(point.x(), point.y());
            markers.addSeries(marker);
            if (Double.isFinite(point.xError()) || Double.isFinite(point.yError())) {
                XYIntervalSeries error = new XYIntervalSeries(point.model());
                double dx = Double.isFinite(point.xError()) ? point.xError() : 0;
                double dy = Double.isFinite(point.yError()) ? point.yError() : 0;
                error.add(point.x(), point.x() - dx, point.x() + dx, point.y(), point.y() - dy, point.y() + dy);
                errors.addSeries(error);
            }
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true) {
            @Override
            public Paint getItemPaint(int series, int item) {
                return scale.getPaint(points.get(series).rougeL());
            }
        };
        renderer.setUseOutlinePaint(true);
        renderer.setDefaultOutlinePaint(OUTLINE);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.5f));
        for (int s = 0; s < points.size(); s++) {
            renderer.setSeriesShape(s, shape(points.get(s).model()));
            if (s % 2 == 1) {
                // Models often share a memory point (SHORT- and LONG-ViViT): every other label goes below its marker.
                renderer.setSeriesPositiveItemLabelPosition(s,
                        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
            }
        }
        renderer.setDefaultItemLabelGenerator((dataset, series, item) -> points.get(series).label());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelPaint(OUTLINE);
        renderer.setItemLabelAnchorOffset(MARKER);
        XYErrorRenderer errorRenderer = new XYErrorRenderer();
        errorRenderer.setDefaultLinesVisible(false);
        errorRenderer.setDefaultShapesVisible(false);
        errorRenderer.setErrorPaint(ERROR);
        errorRenderer.setErrorStroke(new BasicStroke(1.4f));
        NumberAxis x = new NumberAxis("contrastive training peak memory (GB)");
        NumberAxis y = new NumberAxis("video-to-text peak memory (GB)");
        x.setUpperMargin(0.2);
        y.setUpperMargin(0.15);
        XYPlot plot = new XYPlot(markers, x, y, renderer);
        plot.setDataset(1, errors);
        plot.setRenderer(1, errorRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        plot.setNoDataMessage("no model has finished both stages");
        return plot;
    }

    /** The colour bar beside the plot: the Rouge-L scale with its own axis. */
    static PaintScaleLegend colourBar(ViridisScale scale) {
        NumberAxis axis = new NumberAxis("Rouge-L");
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        ChartStyle.axis(axis);
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
        legend.setSubdivisionCount(128);
        legend.setStripWidth(16);
        legend.setMargin(new RectangleInsets(40, 10, 40, 10));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    /** IMAGE-ViT a square, SHORT-ViViT a triangle, LONG-ViViT (and any other) a circle. */
    private static Shape shape(String model) {
        double h = MARKER / 2;
        return switch (model) {
            case "IMAGE-ViT" -> new Rectangle2D.Double(-h, -h, MARKER, MARKER);
            case "SHORT-ViViT" -> new Polygon(new int[] {0, (int) h, (int) -h},
                    new int[] {(int) -h, (int) h, (int) h}, 3);
            default -> new Ellipse2D.Double(-h, -h, MARKER, MARKER);
        };
    }
}
