package org.vfelab.reports.page;

import org.vfelab.reports.tables.Html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A report page in its two forms, Markdown and self-contained HTML, from the same titled sections, so every page
 * vfe writes (a sweep's report, a reproduction's summary) has one layout and one style.
 */
record ReportPage(String title, List<Section> sections) {

    private static final String STYLE = "body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
            + "text-align:left}th{background:#f2f2f2}img{max-width:100%}figure{margin:1em 0}"
            + ".supported{color:#1a7f37}.not-supported{color:#cf222e}.not-enough-evidence{color:#9a6700}";

    ReportPage {
        sections = List.copyOf(sections);
    }

    /** Writes the page as {@code markdown} and {@code html} (parent folders created). */
    void write(Path markdown, Path html) {
        writeText(markdown, markdown());
        writeText(html, html());
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# " + title + "\n\n");
        sections.forEach(section -> md.append("## ").append(section.title()).append("\n\n")
                .append(section.markdown()).append('\n'));
        return md.toString();
    }

    String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<h1>"
                + Html.escape(title) + "</h1>\n");
        sections.forEach(section -> html.append("<section>\n<h2>").append(Html.escape(section.title()))
                .append("</h2>\n").append(section.html()).append("</section>\n"));
        return html.append("</body>\n</html>\n").toString();
    }

    private static void writeText(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
