package org.vfelab.reports.findings;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.reports.stats.PairedComparison;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The paper's findings F1-F6 checked against one results table, in order, and the paired comparisons over seeds
 * behind them, so the report's verdicts and its significance statements come from the same runs and the same code.
 * When the table holds several clip scales (a scale ladder), each finding is checked at every scale on that scale's
 * trials alone and reported at the largest scale that gives evidence either way: the paper's findings are about
 * hundreds of tokens per clip, and a verdict read on 64 should not hide one read on 512.
 */
public final class Findings {

    private static final List<FindingCheck> CHECKS = List.of(new MaskingKeepsJointRecall(),
            new JointWinsOnTemporalCaptions(), new AdaptersCostMoreThanMasking(), new FactorizedMemoryGrowsFastest(),
            new FineMaskingBeatsCoarseTubelets(), new ShortToLongTraining());

    private Findings() {
    }

    /** F1 to F6, in order, each with its verdict on {@code table}. */
    public static List<Finding> check(ResultsTable table) {
        SortedMap<Integer, ResultsTable> scales = TokenScales.of(table);
        return CHECKS.stream().map(check -> {
            SortedMap<Integer, Finding> findings = byScale(scales, check);
            return findings.get(chosenTokens(findings, scales));
        }).toList();
    }

    /**
     * Finding {@code id} (F1 to F6) at each clip scale of {@code table}, fewest tokens first: the rows of a
     * "finding vs scale" table.
     *
     * @throws IllegalArgumentException for an id that is not F1 to F6
     */
    public static SortedMap<Integer, Finding> byScale(ResultsTable table, String id) {
        return byScale(TokenScales.of(table), checkOf(id));
    }

    /** The paired comparisons the findings rest on, for those that have at least one seed in both groups. */
    public static List<PairedComparison> comparisons(ResultsTable table) {
        SortedMap<Integer, ResultsTable> scales = TokenScales.of(table);
        List<PairedComparison> comparisons = new ArrayList<>();
        for (Map.Entry<Integer, ResultsTable> scale : scales.entrySet()) {
            CHECKS.stream().flatMap(check -> check.comparisons(scale.getValue()).stream())
                    .filter(comparison -> comparison.pairs() > 0)
                    .map(comparison -> scales.size() == 1 ? comparison
                            : comparison.named(comparison.leftName() + " at " + scale.getKey() + " tokens",
                            comparison.rightName() + " at " + scale.getKey() + " tokens"))
                    .forEach(comparisons::add);
        }
        return comparisons;
    }

    /**
     * The one comparison that measures finding {@code id}'s effect (e.g. F1: joint at its highest mask ratio against
     * joint unmasked), read at the scale {@link #check} reports it at; empty when the finding has none (F4 compares
     * memory growth, which one run per preset measures) or no seed ran both sides.
     */
    public static Optional<PairedComparison> headline(ResultsTable table, String id) {
        FindingCheck check = checkOf(id);
        SortedMap<Integer, ResultsTable> scales = TokenScales.of(table);
        ResultsTable at = scales.get(chosenTokens(byScale(scales, check), scales));
        return check.headline(at).filter(comparison -> comparison.pairs() > 0);
    }

    /** What the paper reports for finding {@code id}, with its own numbers where it publishes them. */
    public static String paper(String id) {
        return checkOf(id).paper();
    }

    /** The ids of the findings, F1 to F6, in order. */
    public static List<String> ids() {
        return CHECKS.stream().map(FindingCheck::id).toList();
    }

    private static FindingCheck checkOf(String id) {
        return CHECKS.stream().filter(check -> check.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no finding " + id + "; the findings are F1 to F6"));
    }

    private static SortedMap<Integer, Finding> byScale(SortedMap<Integer, ResultsTable> scales, FindingCheck check) {
        SortedMap<Integer, Finding> findings = new TreeMap<>();
        scales.forEach((tokens, rows) -> {
            Finding finding = check.check(rows);
            findings.put(tokens, scales.size() > 1 && tokens != TrialResult.NOT_LOGGED ? finding.atTokens(tokens)
                    : finding);
        });
        return findings;
    }

    /**
     * The largest scale whose verdict is not "not enough evidence"; else the largest scale with finished ablation
     * trials (its evidence says what is missing there); else the largest scale.
     */
    private static int chosenTokens(SortedMap<Integer, Finding> findings, SortedMap<Integer, ResultsTable> scales) {
        List<Integer> largestFirst = new ArrayList<>(findings.keySet());
        Collections.reverse(largestFirst);
        return largestFirst.stream().filter(tokens -> findings.get(tokens).verdict() != Verdict.NOT_ENOUGH_EVIDENCE)
                .findFirst().orElse(largestFirst.stream().filter(tokens -> scales.get(tokens).rows().stream()
                        .anyMatch(row -> row.ablation() && row.finished())).findFirst().orElse(findings.lastKey()));
    }
}
