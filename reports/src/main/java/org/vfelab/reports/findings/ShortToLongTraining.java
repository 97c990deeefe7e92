package org.vfelab.reports.findings;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;

import java.util.List;
import java.util.regex.Pattern;

/**
 * F6, short-to-long training: the sweeps so far train short clips only, and the results table has no long-video
 * metric, so this finding is always {@link Verdict#NOT_ENOUGH_RUNS}. The evidence says which runs would decide
 * it and lists any rows already labelled as long-video (an arm or label with the word "long", e.g. LONG-ViViT or
 * short-to-long), so such runs are not silently ignored once they appear.
 */
final class ShortToLongTraining implements FindingCheck {

    static final String ID = "F6";
    static final String CLAIM = "Short-to-long training (LONG-ViViT: masking plus the last four layers trained) beats "
            + "SHORT-ViViT on long-video tasks within a 16 GB budget; a frame-level model is clearly lower.";
    static final String NEEDED = "LONG-ViViT (short-to-long: 75 % masking, last 4 layers trained), SHORT-ViViT and "
            + "a frame-level model evaluated on one long-video task, with peak memory";
    private static final Pattern LONG_VIDEO = Pattern.compile("(?i)\\blong\\b");

    @Override
    public Finding check(ResultsTable table) {
        List<String> labels = table.rows().stream()
                .filter(row -> LONG_VIDEO.matcher(row.arm()).find() || LONG_VIDEO.matcher(row.label()).find())
                .map(TrialResult::label).distinct().toList();
        String found = labels.isEmpty() ? "no long-video runs"
                : "runs labelled long-video (" + String.join(", ", labels) + "), but no long-video metric is read yet";
        return Finding.of(ID, CLAIM, found, List.of(Part.missing(NEEDED)));
    }
}
