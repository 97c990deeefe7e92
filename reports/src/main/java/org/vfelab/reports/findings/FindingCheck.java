package org.vfelab.reports.findings;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.stats.PairedComparison;

import java.util.List;

/**
 * The check of one finding, kept apart from the others so that each operational criterion (which runs, which
 * metric, which threshold) lives in one small class whose Javadoc states it.
 */
public interface FindingCheck {

    /** The finding's verdict on {@code table}, with the numbers behind it. */
    Finding check(ResultsTable table);

    /** The paired comparisons over seeds the finding rests on, for the report to print; none by default. */
    default List<PairedComparison> comparisons(ResultsTable table) {
        return List.of();
    }
}
