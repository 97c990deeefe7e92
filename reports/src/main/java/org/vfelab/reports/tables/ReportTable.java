package org.vfelab.reports.tables;

import java.util.List;

/**
 * A table of text cells rendered the two ways a report needs: GitHub Markdown and an HTML {@code <table>} (cells
 * escaped), so every table of the report is written once.
 */
public record ReportTable(List<String> header, List<List<String>> rows) {

    public ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + header.size());
            }
        }
    }

    /** The table in GitHub Markdown; {@code |} inside a cell is escaped. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        markdownRow(md, header);
        md.append('|').append("---|".repeat(header.size())).append('\n');
        rows.forEach(row -> markdownRow(md, row));
        return md.toString();
    }

    /** The table as HTML, with a header row. */
    public String html() {
        StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
        header.forEach(cell -> html.append("<th>").append(Html.escape(cell)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(Html.escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static void markdownRow(StringBuilder md, List<String> cells) {
        md.append('|');
        cells.forEach(cell -> md.append(' ').append(cell.replace("|", "\\|")).append(" |"));
        md.append('\n');
    }
}
