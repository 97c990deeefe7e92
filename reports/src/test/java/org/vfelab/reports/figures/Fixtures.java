package org.vfelab.reports.figures;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.tracking.RunMetrics;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The fixed tables the figure tests draw. */
final class Fixtures {

    private Fixtures() {
    }

    /** 2 backbones x 2 mask ratios x 2 seeds, finished, plus one joint trial out of memory at 8 GB (RSS). */
    static ResultsTable fig2() {
        try {
            return ResultsTable.readCsv(Path.of(Objects.requireNonNull(
                    Fixtures.class.getResource("/figures/fig2-results.csv")).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text subtitles of {@code chart} (its notes), in order. */
    static List<String> notes(JFreeChart chart) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle title) {
                notes.add(title.getText());
            }
        }
        return notes;
    }

    /** A trial with peak memory in MB (NaN: none logged) and text-to-video R@1 (NaN: none logged). */
    static TrialResult trial(String outcome, String backbone, String sampler, double mask, String preset, long seed,
                             double memoryMegabytes, double recall) {
        Map<String, Double> metrics = new HashMap<>();
        if (!Double.isNaN(memoryMegabytes)) {
            metrics.put(outcome.equals("oom") ? RunMetrics.RSS_PEAK : RunMetrics.PEAK_MEMORY, memoryMegabytes);
        }
        if (!Double.isNaN(recall)) {
            metrics.put(RunMetrics.T2V_R1, recall);
        }
        String label = backbone + " " + sampler + " " + mask + " " + preset;
        return new TrialResult("r-" + label + "-" + seed, "test", label, label + " seed=" + seed, seed, outcome,
                backbone, sampler, mask, preset, "k-" + label + "-" + seed, metrics);
    }
}
