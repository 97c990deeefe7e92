package org.vfelab.reports.page;

import org.vfelab.reports.results.ResultsTable;

import java.nio.file.Path;
import java.util.List;

/**
 * A part of the report, registered in {@link ReportWriter}'s list and shown when the runs hold what it needs (a
 * long-video chain, several clip scales, ablation trials), never chosen by a sweep's name or its arm labels. A new
 * kind of result gets a new part, not a new branch in the writer.
 */
interface ReportPart {

    /** What a part wrote: its sections, in order, and the figure files behind them. */
    record Written(List<Section> sections, List<Path> files) {

        public Written {
            sections = List.copyOf(sections);
            files = List.copyOf(files);
        }

        static Written of(Section section) {
            return new Written(List.of(section), List.of());
        }
    }

    /** Whether {@code results} hold anything for this part. */
    boolean applies(ResultsTable results);

    /** The part's sections, its figures written into {@code figures} (the report's {@code figures/}). */
    Written write(ResultsTable results, Path figures);
}
