package org.vfelab.reports.findings;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.stats.PairedComparison;

import java.util.List;
import java.util.Optional;

/**
 * The check of one finding, kept apart from the others so that each operational criterion (which runs, which
 * metric, which threshold) lives in one small class whose Javadoc states it.
 */
public interface FindingCheck {

    /** F1 to F6. */
    String id();

    /** What the paper reports for this finding, its own numbers where it publishes them: the "paper" column. */
    String paper();

    /** The finding's verdict on {@code table}, with the numbers behind it. */
    Finding check(ResultsTable table);

    /** The paired comparisons over seeds the finding rests on, for the report to print; none by default. */
    default List<PairedComparison> comparisons(ResultsTable table) {
        return List.of();
    }

    /**
     * The comparison that measures the finding's effect, for a "paper vs vfe-lab" table: by default the first of
     * {@link #comparisons} (each check lists its main comparison first).
     */
    default Optional<PairedComparison> headline(ResultsTable table) {
        return comparisons(table).stream().findFirst();
    }
}
