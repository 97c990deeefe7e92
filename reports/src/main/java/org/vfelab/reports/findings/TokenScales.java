package org.vfelab.reports.findings;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A results table cut by tokens per clip. The same backbone, sampler, mask ratio and preset is a different
 * experiment at 64 and at 512 tokens (masking 75 % of 64 tokens leaves 16, of 512 leaves 128), so findings never pool
 * trials across scales: each scale's {@linkplain TrialResult#ablation ablation} trials form one table, and the
 * trials outside the ablations (the long-video chain) belong to every one of them.
 */
final class TokenScales {

    private TokenScales() {
    }

    /**
     * The table of each token count of its ablation trials, fewest tokens first (unknown counts first of all); a
     * table of a single scale (or none) maps to itself under its token count.
     */
    static SortedMap<Integer, ResultsTable> of(ResultsTable table) {
        List<Integer> counts = table.rows().stream().filter(TrialResult::ablation)
                .map(row -> row.clips().tokens()).distinct().sorted().toList();
        SortedMap<Integer, ResultsTable> scales = new TreeMap<>();
        if (counts.size() <= 1) {
            scales.put(counts.isEmpty() ? TrialResult.NOT_LOGGED : counts.get(0), table);
            return scales;
        }
        for (int tokens : counts) {
            scales.put(tokens, new ResultsTable(table.rows().stream()
                    .filter(row -> !row.ablation() || row.clips().tokens() == tokens).toList()));
        }
        return scales;
    }
}
