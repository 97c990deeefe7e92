package org.vfelab.reports.page;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.reports.tables.ReportTable;
import org.vfelab.tracking.RunMetrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Every trial of the report with its outcome, so failed and out-of-memory trials are never silently dropped. */
final class TrialsTable {

    private TrialsTable() {
    }

    static ReportTable of(ResultsTable results) {
        List<List<String>> rows = new ArrayList<>();
        for (TrialResult trial : results.rows()) {
            rows.add(List.of(trial.label(), trial.outcome(), trial.backbone(), trial.sampler(),
                    format("%.2f", trial.maskRatio()), trial.preset(), Long.toString(trial.seed()),
                    format("%.3f", trial.memoryGigabytes()), format("%.3f", trial.metric(RunMetrics.T2V_R1)),
                    format("%.3f", trial.metric(RunMetrics.V2T_R1))));
        }
        return new ReportTable(List.of("trial", "outcome", "backbone", "sampler", "mask", "preset", "seed",
                "peak memory (GB)", "T2V R@1", "V2T R@1"), rows);
    }

    private static String format(String pattern, OptionalDouble value) {
        return value.isPresent() ? format(pattern, value.getAsDouble()) : "-";
    }

    private static String format(String pattern, double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, pattern, value);
    }
}
