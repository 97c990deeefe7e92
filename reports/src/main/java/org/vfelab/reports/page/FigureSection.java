package org.vfelab.reports.page;

import org.jfree.chart.JFreeChart;
import org.vfelab.reports.figures.BaseToLargeFigure;
import org.vfelab.reports.figures.FigureFiles;
import org.vfelab.reports.figures.MemoryRecallFigure;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.reports.tables.Html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The report's figures: memory vs recall (mean over caption families, and per caption family; one figure per model
 * preset when the runs span several) and, when they span two presets, the base-to-large bars; each written as PNG and SVG, linked from Markdown and embedded
 * in the HTML page.
 */
record FigureSection(Section section, List<Path> files) {

    /** Draws every figure the results support into {@code dir}. */
    static FigureSection write(ResultsTable results, Path dir) {
        List<Path> files = new ArrayList<>();
        StringBuilder md = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (Figure figure : figures(results)) {
            FigureFiles.Written written = FigureFiles.write(figure.chart(), dir, figure.name());
            files.add(written.png());
            files.add(written.svg());
            md.append("![").append(figure.caption()).append("](figures/").append(figure.name()).append(".png)\n\n")
                    .append("*").append(figure.caption()).append("* ([SVG](figures/").append(figure.name())
                    .append(".svg))\n\n");
            html.append("<figure><img alt=\"").append(Html.escape(figure.caption()))
                    .append("\" src=\"data:image/png;base64,").append(base64(written.png()))
                    .append("\"><figcaption>").append(Html.escape(figure.caption())).append("</figcaption></figure>\n");
        }
        return new FigureSection(new Section("Figures", md.toString(), html.toString()), files);
    }

    private static List<Figure> figures(ResultsTable results) {
        List<Figure> figures = new ArrayList<>();
        Set<String> presets = results.rows().stream().map(TrialResult::preset).collect(Collectors.toCollection(
                TreeSet::new));
        if (presets.size() > 1) {
            // One curve per method and size: trials of two model sizes are not seeds of one point.
            for (String preset : presets) {
                ResultsTable ofPreset = new ResultsTable(results.rows().stream()
                        .filter(row -> row.preset().equals(preset)).toList());
                figures.add(new Figure("memory-vs-recall-" + preset, "Peak training memory vs text-to-video R@1 "
                        + "(mean over caption families) at the " + preset + " preset; error bars: 95 % CI over "
                        + "seeds; hollow markers: out of memory", new MemoryRecallFigure().chart(ofPreset)));
            }
        } else {
            figures.add(new Figure("memory-vs-recall", "Peak training memory vs text-to-video R@1 (mean over caption "
                    + "families); error bars: 95 % CI over seeds; hollow markers: out of memory",
                    new MemoryRecallFigure().chart(results)));
            for (String family : List.of("temporal", "appearance")) {
                String metric = family + "/" + TrialResult.T2V_R1;
                if (results.rows().stream().anyMatch(row -> row.metric(metric).isPresent())) {
                    figures.add(new Figure("memory-vs-recall-" + family, "Peak training memory vs text-to-video R@1 "
                            + "on " + family + " captions", new MemoryRecallFigure(metric).chart(results)));
                }
            }
        }
        if (presets.size() == 2 && BaseToLargeFigure.PRESET_ORDER.containsAll(presets)) {
            figures.add(new Figure("base-to-large", "From the base to the large preset: memory increase and R@1 drop "
                    + "against joint at each size", new BaseToLargeFigure().chart(results)));
        }
        return figures;
    }

    private static String base64(Path png) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(png));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + png + ": " + e.getMessage(), e);
        }
    }

    /** One figure of the report: its file name, its caption, and the chart. */
    private record Figure(String name, String caption, JFreeChart chart) {
    }
}
