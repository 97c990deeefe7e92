package org.vfelab.reports.tables;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.reports.stats.Summary;
import org.vfelab.tracking.RunMetrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The paper's Table 1 shape: one row per arm (the backbones, in a table-1 sweep), one column per caption family
 * and direction (T2V and V2T Recall@1, mean ± 95 % CI over seeds), plus peak memory and the seeds behind each row.
 * Only finished trials count; arms with none are listed with their outcomes.
 */
public final class BackboneTable {

    private static final Pattern FAMILY_RECALL = Pattern.compile("(.+)/t2v_recall_at_1");
    private static final int DECIMALS = 3;

    private BackboneTable() {
    }

    /** The table of {@code results}. */
    public static ReportTable of(ResultsTable results) {
        List<String> families = families(results);
        List<String> header = new ArrayList<>(List.of("arm", "seeds"));
        families.forEach(family -> header.addAll(List.of(family + " T2V R@1", family + " V2T R@1")));
        header.add("peak memory (MB)");
        Map<String, List<TrialResult>> byArm = new LinkedHashMap<>();
        results.rows().forEach(row -> byArm.computeIfAbsent(row.arm(), arm -> new ArrayList<>()).add(row));
        List<List<String>> rows = new ArrayList<>();
        byArm.forEach((arm, trials) -> rows.add(row(arm, trials, families)));
        return new ReportTable(header, rows);
    }

    /** The caption families with recall in the table (appearance, temporal, and variants such as shuffled). */
    static List<String> families(ResultsTable results) {
        TreeSet<String> families = new TreeSet<>();
        for (TrialResult row : results.rows()) {
            for (String key : row.metrics().keySet()) {
                Matcher matcher = FAMILY_RECALL.matcher(key);
                if (matcher.matches()) {
                    families.add(matcher.group(1));
                }
            }
        }
        return List.copyOf(families);
    }

    private static List<String> row(String arm, List<TrialResult> trials, List<String> families) {
        List<TrialResult> finished = trials.stream().filter(TrialResult::finished).toList();
        List<String> cells = new ArrayList<>(List.of(arm, finished.isEmpty() ? outcomes(trials)
                : Integer.toString(finished.size())));
        for (String family : families) {
            cells.add(summary(finished, family + "/t2v_recall_at_1", DECIMALS));
            cells.add(summary(finished, family + "/v2t_recall_at_1", DECIMALS));
        }
        cells.add(summary(finished, RunMetrics.PEAK_MEMORY, 1));
        return cells;
    }

    /** The cell of {@code metric}: {@code -} when no finished trial logged it (a language model logs no memory). */
    private static String summary(List<TrialResult> finished, String metric, int decimals) {
        Summary summary = Summary.of(finished.stream().map(t -> t.metric(metric).orElse(Double.NaN)).toList());
        return summary.n() == 0 ? "-" : summary.render(decimals);
    }

    private static String outcomes(List<TrialResult> trials) {
        return "0 (" + String.join(", ", trials.stream().map(TrialResult::outcome).toList()) + ")";
    }
}
