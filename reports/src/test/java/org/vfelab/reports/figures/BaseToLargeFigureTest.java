package org.vfelab.reports.figures;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.vfelab.reports.figures.Fixtures.trial;

class BaseToLargeFigureTest {


    /** The large rows come first, so base and large must come from model size, not table order. */
    private static final List<TrialResult> ROWS = List.of(
            trial("finished", "joint", "random-mask", 0, "vit-l", 1, 30720, 0.60),
            trial("oom", "joint", "random-mask", 0, "vit-l", 2, 81920, Double.NaN),
            trial("finished", "frame-avg", "random-mask", 0, "vit-l", 1, 2560, 0.45),
            trial("finished", "joint", "random-mask", 0.75, "vit-l", 1, 10240, 0.57),
            trial("oom", "joint", "tubevit", 0, "vit-l", 1, 90000, Double.NaN),
            trial("finished", "joint", "random-mask", 0, "vit-b", 1, 10240, 0.50),
            trial("finished", "joint", "random-mask", 0, "vit-b", 2, 10240, 0.54),
            trial("finished", "joint", "random-mask", 0.75, "vit-b", 1, 4096, 0.48),
            trial("finished", "frame-avg", "random-mask", 0, "vit-b", 1, 2048, 0.40),
            trial("finished", "joint", "tubevit", 0, "vit-b", 1, 5120, 0.46));

    @Test
    void memoryGrowthAndRecallDropAgainstJointAtEachSize() {
        List<MethodBar> bars = new BaseToLargeFigure().bars(new ResultsTable(ROWS));

        // Reference (joint): base 10 GB, R@1 (0.50 + 0.54) / 2 = 0.52; large 30 GB (the OOM seed is left out), 0.60.
        // joint: memory 100 * (30 / 10 - 1) = 200 %, drops 0 and 0.
        // joint masked 75%: 4 -> 10 GB = 150 %; drops 100 * (0.52 - 0.48) = 4.0, 100 * (0.60 - 0.57) = 3.0.
        // frame-avg: 2 -> 2.5 GB = 25 %; drops 100 * (0.52 - 0.40) = 12.0, 100 * (0.60 - 0.45) = 15.0.
        // tubevit: no finished large trial, so no memory growth or large drop; base drop 100 * (0.52 - 0.46) = 6.0.
        assertThat(bars).extracting(MethodBar::method)
                .containsExactly("joint", "frame-avg", "joint masked 75%", "tubevit");
        assertBar(bars.get(0), 200, 0, 0);
        assertBar(bars.get(1), 25, 12, 15);
        assertBar(bars.get(2), 150, 4, 3);
        assertBar(bars.get(3), Double.NaN, 6, Double.NaN);
    }

    @Test
    void theNotesSayWhichSizeIsWhichAndWhatIsMissing() {
        assertThat(new BaseToLargeFigure().notes(new ResultsTable(ROWS))).containsExactly(
                "base = vit-b, large = vit-l; R@1 = text-to-video R@1 (mean over caption families), "
                        + "drops in points (R@1 x 100); means over finished seeds",
                "tubevit: no finished trial at vit-l");
    }

    @Test
    void withoutTheReferenceAtOneSizeItsDropsAreNaNAndANoteSaysWhy() {
        List<TrialResult> rows = new ArrayList<>(ROWS);
        rows.removeIf(row -> row.backbone().equals("joint") && row.sampler().equals("random-mask")
                && row.maskRatio() == 0 && row.preset().equals("vit-l"));
        ResultsTable table = new ResultsTable(rows);

        List<MethodBar> bars = new BaseToLargeFigure().bars(table);

        assertThat(bars).allSatisfy(bar -> assertThat(bar.dropLarge()).isNaN());
        assertThat(bars).filteredOn(bar -> bar.method().equals("frame-avg")).singleElement()
                .satisfies(bar -> assertThat(bar.dropBase()).isCloseTo(12, within(1e-9)));
        assertThat(new BaseToLargeFigure().notes(table)).contains(
                "no finished joint (random-mask, mask 0) trial with t2v_recall_at_1 at vit-l: drops at vit-l not shown",
                "joint: no finished trial at vit-l");
    }

    @Test
    void theTableMustHoldExactlyTwoKnownPresets() {
        BaseToLargeFigure figure = new BaseToLargeFigure();
        List<TrialResult> three = new ArrayList<>(ROWS);
        three.add(trial("finished", "joint", "random-mask", 0, "tiny", 1, 100, 0.3));

        assertThatThrownBy(() -> figure.bars(new ResultsTable(three)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a B-to-L figure needs rows at exactly two presets of [tiny, small, vit-b, vit-l]; "
                        + "found [tiny, vit-b, vit-l]");
        assertThatThrownBy(() -> figure.chart(new ResultsTable(ROWS.subList(5, 10))))
                .hasMessageEndingWith("found [vit-b]");
        assertThatThrownBy(() -> figure.bars(new ResultsTable(List.of(ROWS.get(0),
                trial("finished", "joint", "random-mask", 0, "huge", 1, 100, 0.3)))))
                .hasMessageEndingWith("found [huge, vit-l]");
    }

    @Test
    void theChartDrawsTheBarsNaNAsNoBar() {
        BaseToLargeFigure figure = new BaseToLargeFigure();

        JFreeChart chart = figure.chart(new ResultsTable(ROWS));

        List<?> subplots = ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
        CategoryDataset memory = ((CategoryPlot) subplots.get(0)).getDataset();
        CategoryDataset drops = ((CategoryPlot) subplots.get(1)).getDataset();
        assertThat(memory.getRowKeys()).containsExactly("memory increase (%)");
        assertThat(drops.getRowKeys()).containsExactly("R@1 drop vs joint, base", "R@1 drop vs joint, large");
        assertThat(memory.getColumnKeys()).containsExactly("joint", "frame-avg", "joint masked 75%", "tubevit");
        assertThat(memory.getValue(0, 1).doubleValue()).isCloseTo(25, within(1e-9));
        assertThat(memory.getValue(0, 3)).isNull();
        assertThat(drops.getValue(1, 2).doubleValue()).isCloseTo(3, within(1e-9));
        assertThat(((CategoryPlot) subplots.get(1)).getRangeAxis().getLabel())
                .isEqualTo("R@1 drop (points)");
    }

    @Test
    void withoutAFinishedTrialTheChartStillRendersAndSaysSo() {
        ResultsTable failed = new ResultsTable(List.of(
                trial("oom", "joint", "random-mask", 0, "vit-l", 1, 81920, Double.NaN),
                trial("diverged", "joint", "random-mask", 0, "vit-b", 1, Double.NaN, Double.NaN)));

        for (ResultsTable table : List.of(failed, new ResultsTable(List.of()))) {
            JFreeChart chart = new BaseToLargeFigure().chart(table);

            assertThat(chart.createBufferedImage(400, 300)).isNotNull();
            assertThat(Fixtures.notes(chart)).containsExactly("no finished trials");
        }
        assertThat(new BaseToLargeFigure().bars(failed)).singleElement()
                .satisfies(bar -> assertThat(bar.memoryIncreasePercent()).isNaN());
    }

    private static void assertBar(MethodBar bar, double memory, double dropBase, double dropLarge) {
        assertThat(bar.memoryIncreasePercent()).as(bar.method() + " memory").isCloseTo(memory, within(1e-9));
        assertThat(bar.dropBase()).as(bar.method() + " base drop").isCloseTo(dropBase, within(1e-9));
        assertThat(bar.dropLarge()).as(bar.method() + " large drop").isCloseTo(dropLarge, within(1e-9));
    }
}
