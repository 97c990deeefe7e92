package org.vfelab.reports.figures;

import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;

import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfelab.reports.figures.Fixtures.trial;

class MethodColoursTest {


    private static final List<String> KNOWN = List.of("joint", "factorized", "frame-avg", "frame-attnpool",
            "mlp-adapter", "lora", "temporal-only", "random-mask", "tube-mask", "coarse-temporal", "coarse-spatial",
            "tubevit");

    @Test
    void knownBackbonesAndSamplersHaveDistinctColours() {
        assertThat(KNOWN.stream().map(MethodColours::of).distinct()).hasSize(KNOWN.size());
    }

    @Test
    void otherNamesGetAStableColourFromTheirName() {
        assertThat(MethodColours.of("joint, tube-mask")).isEqualTo(MethodColours.of("joint, tube-mask"));
        assertThat(KNOWN.stream().map(MethodColours::of)).doesNotContain(MethodColours.of("joint, tube-mask"));
    }

    @Test
    void aMethodHasTheSameColourInTwoFiguresWhereItIsADifferentSeries() {
        // Fig. 2 plots joint as its first series; here it comes after frame-avg and lora, at another index.
        List<TrialResult> rows = new ArrayList<>(List.of(
                trial("finished", "frame-avg", "random-mask", 0, "tiny", 1, 512, 0.2),
                trial("finished", "lora", "random-mask", 0, "tiny", 1, 700, 0.25)));
        rows.addAll(Fixtures.fig2().rows().stream().filter(row -> row.backbone().equals("joint")).toList());

        XYPlot fig2 = new MemoryRecallFigure().chart(Fixtures.fig2()).getXYPlot();
        XYPlot other = new MemoryRecallFigure().chart(new ResultsTable(rows)).getXYPlot();

        assertThat(indexOf(fig2, "joint")).isZero();
        assertThat(indexOf(other, "joint")).isEqualTo(2);
        assertThat(paintOf(fig2, "joint")).isEqualTo(paintOf(other, "joint")).isEqualTo(MethodColours.of("joint"));
        assertThat(paintOf(other, "lora")).isEqualTo(MethodColours.of("lora"));
    }

    private static Paint paintOf(XYPlot plot, String series) {
        return plot.getRenderer(0).getSeriesPaint(indexOf(plot, series));
    }

    private static int indexOf(XYPlot plot, String series) {
        XYDataset lines = plot.getDataset(0);
        return Stream.iterate(0, i -> i + 1).limit(lines.getSeriesCount())
                .filter(i -> lines.getSeriesKey(i).equals(series)).findFirst().orElseThrow();
    }
}
