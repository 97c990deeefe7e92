package org.vfelab.reports.figures;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * The look every figure shares, in one place so figures in a report match: white backgrounds, light grid lines, flat
 * bars, fonts large enough to read when a 1000-pixel figure is shrunk onto a page, and the notes that explain what a
 * figure leaves out (failed trials, a missing reference) as subtitles under the title. It sets fonts and backgrounds
 * only: a JFreeChart theme would also clear the series colours that {@link MethodColours} chose.
 */
final class ChartStyle {

    static final String NO_FINISHED_TRIALS = "no finished trials";

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color GRID = new Color(0xC8C8C8);

    private ChartStyle() {
    }

    /** A chart of {@code plot} with a legend, styled, each note a subtitle line. */
    static JFreeChart chart(String title, Plot plot, List<String> notes) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        notes.forEach(note -> chart.addSubtitle(new TextTitle(note, TEXT)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(TEXT);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setNoDataMessageFont(LABEL);
        if (plot instanceof XYPlot xy) {
            grid(xy);
        } else if (plot instanceof CombinedDomainCategoryPlot combined) {
            axis(combined.getDomainAxis());
            combined.getSubplots().forEach(subplot -> bars((CategoryPlot) subplot));
        }
        return chart;
    }

    private static void grid(XYPlot plot) {
        axis(plot.getDomainAxis());
        axis(plot.getRangeAxis());
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        for (int i = 0; i < plot.getRendererCount(); i++) {
            plot.getRenderer(i).setDefaultItemLabelFont(SMALL);
        }
    }

    private static void bars(CategoryPlot plot) {
        axis(plot.getRangeAxis());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultItemLabelFont(SMALL);
    }

    /** Axis label and tick fonts, for an axis outside the plot (a colour bar's). */
    static void axis(Axis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TEXT);
    }
}
