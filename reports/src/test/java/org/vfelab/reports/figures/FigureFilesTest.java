package org.vfelab.reports.figures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.reports.results.ResultsTable;

import javax.imageio.ImageIO;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfelab.reports.figures.Fixtures.trial;

class FigureFilesTest {


    @TempDir
    Path dir;

    @Test
    void writesAPngOfTheRequestedSizeOnWhiteAndAnSvgWithTheAxisLabels() throws Exception {
        FigureFiles.Written written = FigureFiles.write(new MemoryRecallFigure().chart(Fixtures.fig2()),
                dir.resolve("figures"), "fig2", 800, 520);

        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        assertThat(written.png()).isEqualTo(dir.resolve("figures/fig2.png"));
        BufferedImage png = ImageIO.read(written.png().toFile());
        assertThat(png.getWidth()).isEqualTo(800);
        assertThat(png.getHeight()).isEqualTo(520);
        assertThat(png.getRGB(0, 0)).isEqualTo(0xFFFFFFFF);
        String svg = Files.readString(written.svg());
        assertThat(svg).contains("<svg", "peak training memory (GB)",
                "text-to-video R@1 (mean over caption families)", "Pareto front");
    }

    @Test
    void theDefaultSizeIs1000By650() throws Exception {
        FigureFiles.Written written = FigureFiles.write(new BaseToLargeFigure().chart(new ResultsTable(List.of(
                trial("finished", "joint", "random-mask", 0, "vit-b", 1, 1024, 0.5),
                trial("finished", "joint", "random-mask", 0, "vit-l", 1, 3072, 0.6)))), dir, "fig3");

        BufferedImage png = ImageIO.read(written.png().toFile());
        assertThat(png.getWidth()).isEqualTo(1000);
        assertThat(png.getHeight()).isEqualTo(650);
        assertThat(Files.readString(written.svg())).contains("memory increase (%)", "R@1 drop (points)");
    }

    @Test
    void anEmptyTableStillGivesBothFiles() throws Exception {
        FigureFiles.Written written = FigureFiles.write(new MemoryRecallFigure().chart(new ResultsTable(List.of())),
                dir, "empty");

        assertThat(ImageIO.read(written.png().toFile())).isNotNull();
        assertThat(Files.readString(written.svg())).contains("no finished trials");
    }
}
