package org.vfelab.reports.findings;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.stats.PairedComparison;

import java.util.List;

/**
 * The paper's findings F1-F6 checked against one results table, in order, and the paired comparisons over seeds
 * behind them, so the report's verdicts and its significance statements come from the same runs and the same code.
 */
public final class Findings {

    private static final List<FindingCheck> CHECKS = List.of(new MaskingKeepsJointRecall(),
            new JointWinsOnTemporalCaptions(), new AdaptersCostMoreThanMasking(), new FactorizedMemoryGrowsFastest(),
            new FineMaskingBeatsCoarseTubelets(), new ShortToLongTraining());

    private Findings() {
    }

    /** F1 to F6, in order, each with its verdict on {@code table}. */
    public static List<Finding> check(ResultsTable table) {
        return CHECKS.stream().map(check -> check.check(table)).toList();
    }

    /** The paired comparisons the findings rest on, for those that have at least one seed in both groups. */
    public static List<PairedComparison> comparisons(ResultsTable table) {
        return CHECKS.stream().flatMap(check -> check.comparisons(table).stream())
                .filter(comparison -> comparison.pairs() > 0).toList();
    }
}
