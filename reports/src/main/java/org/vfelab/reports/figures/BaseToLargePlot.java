package org.vfelab.reports.figures;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.text.DecimalFormat;
import java.util.List;

/**
 * Draws exactly the {@link MethodBar}s of a {@link BaseToLargeFigure}: memory growth on top and the two R@1 drops
 * below, sharing the method axis, because percent of memory and points of recall need separate scales. A NaN is
 * drawn as no bar, never as zero.
 */
final class BaseToLargePlot {

    private static final Color MEMORY = new Color(0x4E79A7);
    private static final Color DROP_BASE = new Color(0xF1A340);
    private static final Color DROP_LARGE = new Color(0xB35806);

    private BaseToLargePlot() {
    }

    static CombinedDomainCategoryPlot of(List<MethodBar> bars, BaseToLargeFigure figure, String dropLabel) {
        DefaultCategoryDataset memory = new DefaultCategoryDataset();
        DefaultCategoryDataset drops = new DefaultCategoryDataset();
        for (MethodBar bar : bars) {
            memory.addValue(orNull(bar.memoryIncreasePercent()), BaseToLargeFigure.MEMORY_INCREASE, bar.method());
            drops.addValue(orNull(bar.dropBase()), figure.dropBaseSeries(), bar.method());
            drops.addValue(orNull(bar.dropLarge()), figure.dropLargeSeries(), bar.method());
        }
        CategoryAxis methods = new CategoryAxis("method");
        methods.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        methods.setMaximumCategoryLabelLines(2);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(methods);
        plot.add(subplot(memory, "memory increase (%)", MEMORY), 1);
        plot.add(subplot(drops, dropLabel, DROP_BASE, DROP_LARGE), 1);
        plot.setGap(14);
        plot.setNoDataMessage(ChartStyle.NO_FINISHED_TRIALS);
        return plot;
    }

    private static CategoryPlot subplot(DefaultCategoryDataset data, String axisLabel, Color... colours) {
        BarRenderer renderer = new BarRenderer();
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.0")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setItemMargin(0.05);
        NumberAxis axis = new NumberAxis(axisLabel);
        axis.setUpperMargin(0.15);
        return new CategoryPlot(data, null, axis, renderer);
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
