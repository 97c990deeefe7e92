package org.vfelab.reports.figures;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.ResultsTable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vfelab.reports.figures.Fixtures.trial;

class MemoryRecallFigureTest {


    // Two seeds: t(0.975, 1) = 12.7062047, so the half-width is 12.7062047 * sd / sqrt(2) = 12.7062047 * |a - b| / 2,
    // written T1 * |a - b| / 2 below.

    @Test
    void eachMethodIsALineThroughItsMaskRatiosOfFinishedSeedMeans() {
        List<PlottedSeries> series = new MemoryRecallFigure().series(Fixtures.fig2());

        assertThat(series).extracting(PlottedSeries::name)
                .containsExactly("joint", "factorized", "out of memory", "Pareto front");
        // joint, mask 0: memory (4096 + 4096) / 2 MB = 4.0 GB (the OOM seed 3 is left out); R@1 (0.60 + 0.64) / 2
        // = 0.62, half-width T1 * 0.04 / 2 = 0.254124. Mask 50%: (2048 + 2560) / 2 MB = 2.25 GB; (0.58 + 0.60) / 2
        // = 0.59, half-width T1 * 0.02 / 2 = 0.127062. Points go by mask ratio although the CSV lists 50% first.
        assertPoints(series.get(0), new double[][] {{0.0, 4.0, 0.62, 0.254124}, {0.5, 2.25, 0.59, 0.127062}});
        // factorized, mask 0: 3.0 GB, (0.50 + 0.54) / 2 = 0.52 +- 0.254124; mask 50%: 1.5 GB, 0.40 +- 0 (equal seeds).
        assertPoints(series.get(1), new double[][] {{0.0, 3.0, 0.52, 0.254124}, {0.5, 1.5, 0.40, 0.0}});
        assertThat(series.get(0).points()).extracting(PlottedPoint::label).containsExactly("mask 0%", "mask 50%");
        assertThat(series.get(0).points()).noneMatch(PlottedPoint::hollow);
    }

    @Test
    void anOutOfMemoryTrialIsAHollowMarkerAtItsMemoryOnTheFloor() {
        PlottedSeries oom = new MemoryRecallFigure().series(Fixtures.fig2()).get(2);

        // r5: no tensor peak, RSS 8192 MB = 8.0 GB.
        assertThat(oom.points()).containsExactly(new PlottedPoint(8.0, 0, Double.NaN, true, "joint, mask 0%"));
    }

    @Test
    void theParetoFrontKeepsThePointsNoOtherBeatsOnMemoryAndRecall() {
        PlottedSeries front = new MemoryRecallFigure().series(Fixtures.fig2()).get(3);

        // Points (GB, R@1): joint 0% (4.0, 0.62), joint 50% (2.25, 0.59), factorized 0% (3.0, 0.52), factorized 50%
        // (1.5, 0.40). Factorized 0% is beaten by joint 50% (less memory, more recall); the rest stay, by memory.
        assertThat(front.points()).extracting(PlottedPoint::label)
                .containsExactly("factorized, mask 50%", "joint, mask 50%", "joint, mask 0%");
        assertThat(front.points()).extracting(PlottedPoint::x).containsExactly(1.5, 2.25, 4.0);
        assertThat(front.points()).allMatch(PlottedPoint::hollow);
    }

    @Test
    void aTemporalMetricPlotsTheTemporalRecallAndNamesItOnTheAxis() {
        MemoryRecallFigure figure = new MemoryRecallFigure("temporal/t2v_recall_at_1");

        List<PlottedSeries> series = figure.series(Fixtures.fig2());

        // joint temporal R@1: mask 0 (0.30 + 0.34) / 2 = 0.32, mask 50% (0.40 + 0.44) / 2 = 0.42; factorized 0.20,
        // 0.10. Now joint 50% (2.25, 0.42) beats joint 0% (4.0, 0.32) too: the front is factorized 50%, joint 50%.
        assertThat(series.get(0).points()).extracting(PlottedPoint::y)
                .satisfiesExactly(y -> assertThat(y).isCloseTo(0.32, within(1e-12)),
                        y -> assertThat(y).isCloseTo(0.42, within(1e-12)));
        assertThat(series.get(3).points()).extracting(PlottedPoint::label)
                .containsExactly("factorized, mask 50%", "joint, mask 50%");
        XYPlot plot = figure.chart(Fixtures.fig2()).getXYPlot();
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("text-to-video R@1 (temporal captions)");
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("peak training memory (GB)");
        assertThat(new MemoryRecallFigure().chart(Fixtures.fig2()).getXYPlot().getRangeAxis().getLabel())
                .isEqualTo("text-to-video R@1 (mean over caption families)");
    }

    @Test
    void theChartDrawsExactlyThePlottedSeriesWithErrorBarsWhereThereAreSeveralSeeds() {
        MemoryRecallFigure figure = new MemoryRecallFigure();
        List<PlottedSeries> series = figure.series(Fixtures.fig2());

        XYPlot plot = figure.chart(Fixtures.fig2()).getXYPlot();

        XYDataset lines = plot.getDataset(0);
        assertThat(lines.getSeriesCount()).isEqualTo(series.size());
        for (int s = 0; s < series.size(); s++) {
            assertThat(lines.getSeriesKey(s)).isEqualTo(series.get(s).name());
            for (int i = 0; i < series.get(s).points().size(); i++) {
                assertThat(lines.getXValue(s, i)).isEqualTo(series.get(s).points().get(i).x());
                assertThat(lines.getYValue(s, i)).isEqualTo(series.get(s).points().get(i).y());
            }
        }
        YIntervalSeriesCollection errors = (YIntervalSeriesCollection) plot.getDataset(1);
        assertThat(errors.getSeriesCount()).isEqualTo(2);
        assertThat(errors.getEndYValue(0, 0) - errors.getStartYValue(0, 0)).isCloseTo(2 * 0.254124, within(1e-6));
        assertThat(((XYLineAndShapeRenderer) plot.getRenderer(0)).getItemShapeFilled(2, 0)).as("OOM hollow").isFalse();
        assertThat(((XYLineAndShapeRenderer) plot.getRenderer(0)).getItemShapeFilled(0, 0)).isTrue();
    }

    @Test
    void failedTrialsAreCountedUnderTheTitle() {
        ResultsTable table = new ResultsTable(List.of(
                trial("finished", "joint", "random-mask", 0, "tiny", 1, 1024, 0.5),
                trial("finished", "joint", "random-mask", 0, "tiny", 2, 1024, Double.NaN),
                trial("diverged", "joint", "random-mask", 0, "tiny", 3, 1024, Double.NaN),
                trial("oom", "joint", "random-mask", 0, "tiny", 4, Double.NaN, Double.NaN),
                trial("timeout", "frame-avg", "random-mask", 0, "tiny", 1, Double.NaN, Double.NaN)));

        assertThat(new MemoryRecallFigure().notes(table)).containsExactly(
                "1 finished trial(s) without t2v_recall_at_1 or peak memory not shown",
                "not shown: 1 diverged, 1 oom, 1 timeout");
    }

    @Test
    void withoutAFinishedTrialTheChartStillRendersAndSaysSo() {
        ResultsTable failed = new ResultsTable(List.of(
                trial("oom", "joint", "random-mask", 0, "vit-l", 1, 81920, Double.NaN),
                trial("error", "joint", "random-mask", 0, "vit-l", 2, Double.NaN, Double.NaN)));

        for (ResultsTable table : List.of(failed, new ResultsTable(List.of()))) {
            JFreeChart chart = new MemoryRecallFigure().chart(table);

            assertThat(chart.createBufferedImage(400, 300)).isNotNull();
            assertThat(Fixtures.notes(chart)).first().isEqualTo("no finished trials");
        }
        assertThat(new MemoryRecallFigure().series(failed)).extracting(PlottedSeries::name)
                .containsExactly("out of memory");
    }

    @Test
    void oneSeedIsAPointWithoutAnInterval() {
        ResultsTable table = new ResultsTable(List.of(
                trial("finished", "joint", "random-mask", 0, "tiny", 1, 512, 0.3)));

        PlottedPoint point = new MemoryRecallFigure().series(table).get(0).points().get(0);

        assertThat(point.x()).isEqualTo(0.5);
        assertThat(point.yError()).isNaN();
        assertThat(((YIntervalSeriesCollection) new MemoryRecallFigure().chart(table).getXYPlot().getDataset(1))
                .getSeriesCount()).isZero();
    }

    private static void assertPoints(PlottedSeries series, double[][] expected) {
        assertThat(series.points()).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            PlottedPoint p = series.points().get(i);
            String at = series.name() + " at mask " + expected[i][0] + ": ";
            assertThat(p.x()).as(at + "memory").isCloseTo(expected[i][1], within(1e-12));
            assertThat(p.y()).as(at + "recall").isCloseTo(expected[i][2], within(1e-12));
            assertThat(p.yError()).as(at + "CI half-width").isCloseTo(expected[i][3], within(1e-6));
        }
    }
}
