package org.vfelab.reports.page;

import org.jfree.chart.JFreeChart;
import org.vfelab.reports.figures.FigureFiles;
import org.vfelab.reports.tables.Html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * One figure of the report: its file name, its caption and the chart, written as PNG and SVG, linked from Markdown
 * and embedded in the HTML page, the same way in every section that shows figures.
 */
record ReportFigure(String name, String caption, JFreeChart chart) {

    /** A written figure: its files, and the Markdown and HTML that show it. */
    record Shown(List<Path> files, String markdown, String html) {

        Shown {
            files = List.copyOf(files);
        }
    }

    /** Writes {@code name.png} and {@code name.svg} into {@code dir} (the report's {@code figures/}). */
    Shown write(Path dir) {
        FigureFiles.Written written = FigureFiles.write(chart, dir, name);
        String markdown = "![" + caption + "](figures/" + name + ".png)\n\n*" + caption + "* ([SVG](figures/" + name
                + ".svg))\n\n";
        String html = "<figure><img alt=\"" + Html.escape(caption) + "\" src=\"data:image/png;base64,"
                + base64(written.png()) + "\"><figcaption>" + Html.escape(caption) + "</figcaption></figure>\n";
        return new Shown(List.of(written.png(), written.svg()), markdown, html);
    }

    private static String base64(Path png) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(png));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + png + ": " + e.getMessage(), e);
        }
    }
}
