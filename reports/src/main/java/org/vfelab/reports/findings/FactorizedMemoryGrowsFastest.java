package org.vfelab.reports.findings;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.reports.stats.Summary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * F4, scaling memory: between the two largest presets at which any of joint, factorized and frame-avg has a memory
 * point (unmasked, random-mask at 0; finished or out of memory, the latter with the memory it reached, so a growth
 * ending in an OOM is a lower bound), memory growth is {@code 100 * (large / small - 1)} % of the means over seeds.
 * Parts:
 * <ol>
 *   <li>factorized grows more than joint by over {@link #GROWTH_MARGIN_POINTS} (10) percentage points;</li>
 *   <li>joint's growth is within that margin of frame-avg's.</li>
 * </ol>
 * All three backbones need memory at both presets.
 */
final class FactorizedMemoryGrowsFastest extends PaperFinding {

    static final String ID = "F4";
    static final String CLAIM = "From ViT-B to ViT-L joint attention's memory grows like frame-level's; factorized "
            + "attention's memory grows much more.";
    /** Growth differences, in percentage points, below which two backbones grow alike. */
    static final double GROWTH_MARGIN_POINTS = 10.0;
    private static final List<String> BACKBONES = List.of("joint", "factorized", "frame-avg");

    /** What the paper reports for this finding, with its own numbers where it publishes them. */
    static final String PAPER = "Fig. 3: from ViT-B to ViT-L joint's memory grows like frame-level's, "
            + "factorized's much more (per-point values not published).";

    FactorizedMemoryGrowsFastest() {
        super(ID, PAPER);
    }

    @Override
    public Finding check(ResultsTable table) {
        List<String> presets = table.rows().stream()
                .filter(row -> BACKBONES.contains(row.backbone())
                        && Setting.unmasked(row.backbone(), row.preset()).memory(table).n() > 0)
                .map(TrialResult::preset).distinct().sorted(Presets.SMALLEST_FIRST).toList();
        if (presets.size() < 2) {
            return Finding.of(ID, CLAIM, "presets " + presets, List.of(Part.missing(
                    "the peak memory of joint, factorized and frame-avg (mask 0) at two presets")));
        }
        String small = presets.get(presets.size() - 2);
        String large = presets.get(presets.size() - 1);
        String scope = "from " + small + " to " + large;
        Map<String, Double> growth = new LinkedHashMap<>();
        for (String backbone : BACKBONES) {
            Summary before = Setting.unmasked(backbone, small).memory(table);
            Summary after = Setting.unmasked(backbone, large).memory(table);
            if (before.n() == 0 || after.n() == 0) {
                return Finding.of(ID, CLAIM, scope, List.of(Part.missing("the peak memory of " + backbone
                        + " (mask 0) at both " + small + " and " + large)));
            }
            growth.put(backbone, 100 * (after.mean() / before.mean() - 1));
        }
        String growths = "memory grows " + growth.entrySet().stream()
                .map(e -> e.getKey() + " " + points(e.getValue()) + " %"
                        + (Setting.unmasked(e.getKey(), large).ranOutOfMemory(table)
                                ? " (out of memory: at least)" : ""))
                .collect(Collectors.joining(", "));
        double factorizedExcess = growth.get("factorized") - growth.get("joint");
        double jointVsFrames = growth.get("joint") - growth.get("frame-avg");
        return Finding.of(ID, CLAIM, scope + ", " + growths, List.of(
                Part.judged(factorizedExcess > GROWTH_MARGIN_POINTS, "factorized grows " + points(factorizedExcess)
                        + " points more than joint (needs > " + GROWTH_MARGIN_POINTS + ")"),
                Part.judged(Math.abs(jointVsFrames) <= GROWTH_MARGIN_POINTS, "joint grows " + points(jointVsFrames)
                        + " points against frame-avg (alike means within " + GROWTH_MARGIN_POINTS + ")")));
    }

    private static String points(double value) {
        return String.format(Locale.ROOT, "%+.1f", value);
    }
}
