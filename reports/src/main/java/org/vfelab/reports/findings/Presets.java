package org.vfelab.reports.findings;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Model presets by size, and the preset the recall findings are read at. Recall is read at the smallest preset
 * with recall runs because the sweeps that train to the end (table1, fig2, fig4) run the small presets, while the
 * ViT presets (fig3) train a few steps for memory only and their recall means nothing.
 */
final class Presets {

    /** Known presets, smallest first; an unknown preset sorts after them, by name. */
    static final List<String> BY_SIZE = List.of("tiny", "small", "vit-b", "vit-l");
    static final Comparator<String> SMALLEST_FIRST = Comparator.<String>comparingInt(Presets::rank)
            .thenComparing(Comparator.naturalOrder());
    /** The part a recall finding reports when no preset qualifies. */
    static final String NO_RECALL_RUNS = "finished trials that logged " + Thresholds.T2V_R1;

    private Presets() {
    }

    /** The smallest preset with a finished {@linkplain TrialResult#ablation ablation} trial that logged T2V R@1. */
    static Optional<String> forRecall(ResultsTable table) {
        return table.rows().stream()
                .filter(row -> row.ablation() && row.finished() && row.metric(Thresholds.T2V_R1).isPresent())
                .map(TrialResult::preset)
                .min(SMALLEST_FIRST);
    }

    private static int rank(String preset) {
        int index = BY_SIZE.indexOf(preset);
        return index < 0 ? BY_SIZE.size() : index;
    }
}
