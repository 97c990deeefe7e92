package org.vfelab.reports.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@link ReportWriter} wrote: the results table, every figure file, and the two report pages. */
public record ReportFiles(Path results, List<Path> figures, Path markdown, Path html) {

    public ReportFiles {
        figures = List.copyOf(figures);
    }

    /** Every file written, results table first. */
    public List<Path> all() {
        List<Path> all = new ArrayList<>(List.of(results));
        all.addAll(figures);
        all.addAll(List.of(markdown, html));
        return all;
    }
}
