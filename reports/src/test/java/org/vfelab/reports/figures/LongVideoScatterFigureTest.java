package org.vfelab.reports.figures;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.reports.results.LongVideoRuns;
import org.vfelab.reports.results.ResultsTable;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LongVideoScatterFigureTest {

    private static final double[][] T2V = {{0.20, 0.22, 0.24}, {0.30, 0.32, 0.34}, {0.50, 0.55, 0.60}};
    private static final double[][] ROUGE_L = {{0.30, 0.31, 0.32}, {0.40, 0.42, 0.41}, {0.50, 0.53, 0.52}};

    @TempDir
    Path dir;

    private final LongVideoScatterFigure figure = new LongVideoScatterFigure();

    @Test
    void eachModelIsOnePointAtBothStagesMemoryColouredByItsRougeL() {
        List<LongVideoPoint> points = figure.points(LongVideoRuns.chain(T2V, ROUGE_L));

        // Memory is the same on every seed: 0.5 / 1.0 / 0.75 GB contrastive, 1.5 / 2.0 / 2.25 GB video-to-text,
        // half-widths 0; Rouge-L means 0.31, 0.41, 0.5167.
        assertThat(points).extracting(LongVideoPoint::model)
                .containsExactly("IMAGE-ViT", "SHORT-ViViT", "LONG-ViViT");
        assertThat(points).extracting(LongVideoPoint::x).containsExactly(0.5, 1.0, 0.75);
        assertThat(points).extracting(LongVideoPoint::y).containsExactly(1.5, 2.0, 2.25);
        assertThat(points).extracting(LongVideoPoint::xError).containsExactly(0.0, 0.0, 0.0);
        assertThat(points.get(2).rougeL()).isCloseTo((0.50 + 0.53 + 0.52) / 3, within(1e-12));
        assertThat(points.get(2).label()).isEqualTo("LONG-ViViT, Rouge-L 0.517");
    }

    @Test
    void theChartIsWrittenAsPngAndSvgWithOneMarkerPerPointAndAColourBar() throws Exception {
        ResultsTable table = LongVideoRuns.chain(T2V, ROUGE_L);
        JFreeChart chart = figure.chart(table);

        FigureFiles.Written written = FigureFiles.write(chart, dir, "long-video-memory");

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset(0).getSeriesCount()).isEqualTo(figure.points(table).size()).isEqualTo(3);
        assertThat(plot.getDataset(1).getSeriesCount()).as("error bars: several seeds").isEqualTo(3);
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("contrastive training peak memory (GB)");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("video-to-text peak memory (GB)");
        // The lowest Rouge-L takes the dark end of the scale, the highest the yellow end.
        assertThat(plot.getRenderer(0).getItemPaint(0, 0)).isEqualTo(new Color(0x440154));
        assertThat(plot.getRenderer(0).getItemPaint(2, 0)).isEqualTo(new Color(0xFDE725));
        assertThat(chart.getLegend()).isNull();
        assertThat(chart.getSubtitles()).filteredOn(PaintScaleLegend.class::isInstance).hasSize(1);
        BufferedImage png = ImageIO.read(written.png().toFile());
        assertThat(png.getWidth()).isEqualTo(FigureFiles.WIDTH);
        String svg = Files.readString(written.svg());
        assertThat(svg).startsWith("<?xml").contains("IMAGE-ViT, Rouge-L 0.310", "SHORT-ViViT, Rouge-L 0.410",
                "LONG-ViViT, Rouge-L 0.517", "Rouge-L", "video-to-text peak memory (GB)");
    }

    @Test
    void aModelWithoutAStageIsLeftOutAndNamedUnderTheTitle() {
        ResultsTable table = LongVideoRuns.failed(LongVideoRuns.chain(T2V, ROUGE_L), "SHORT-ViViT", "oom");

        assertThat(figure.points(table)).extracting(LongVideoPoint::model).containsExactly("IMAGE-ViT", "LONG-ViViT");
        assertThat(figure.notes(table)).containsExactly(
                "SHORT-ViViT not shown: no finished trial with contrastive peak memory (GB)");
        assertThat(Fixtures.notes(figure.chart(table))).contains(
                "SHORT-ViViT not shown: no finished trial with contrastive peak memory (GB)");
    }

    @Test
    void itAppliesOnceAVideoToTextStageHasFinished() {
        ResultsTable chain = LongVideoRuns.chain(T2V, ROUGE_L);
        ResultsTable noCaptions = chain;
        for (String model : LongVideoRuns.MODELS) {
            noCaptions = LongVideoRuns.failed(noCaptions, model + " video-to-text", "error");
        }

        assertThat(LongVideoScatterFigure.applies(chain)).isTrue();
        assertThat(LongVideoScatterFigure.applies(noCaptions)).isFalse();
        assertThat(LongVideoScatterFigure.applies(Fixtures.fig2())).isFalse();
        assertThat(figure.points(noCaptions)).isEmpty();
    }
}
