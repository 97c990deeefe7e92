package org.vfelab.reports.page;

import org.vfelab.reports.figures.BaseToLargeFigure;
import org.vfelab.reports.figures.MemoryRecallFigure;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.tracking.RunMetrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The report's ablation figures: memory vs recall (mean over caption families, and per caption family; one figure
 * per model preset and clip scale when the runs span several) and, when they span two presets, the base-to-large
 * bars; each written as PNG and SVG, linked from Markdown and embedded in the HTML page.
 */
final class FigureSection {

    private FigureSection() {
    }

    /** Draws every figure the results support into {@code dir}; the report passes its ablation trials only. */
    static ReportPart.Written write(ResultsTable results, Path dir) {
        List<Path> files = new ArrayList<>();
        StringBuilder md = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (ReportFigure figure : figures(results)) {
            ReportFigure.Shown shown = figure.write(dir);
            files.addAll(shown.files());
            md.append(shown.markdown());
            html.append(shown.html());
        }
        return new ReportPart.Written(List.of(new Section("Figures", md.toString(), html.toString())), files);
    }

    private static List<ReportFigure> figures(ResultsTable results) {
        List<ReportFigure> figures = new ArrayList<>();
        Set<String> presets = results.rows().stream().map(TrialResult::preset).collect(Collectors.toCollection(
                TreeSet::new));
        Set<Integer> scales = results.rows().stream().map(row -> row.clips().tokens())
                .collect(Collectors.toCollection(TreeSet::new));
        if (presets.size() > 1 || scales.size() > 1) {
            // One curve per method, size and clip scale: trials of two model sizes or two scales are not seeds of
            // one point.
            for (String preset : presets) {
                for (int tokens : scales) {
                    ResultsTable group = new ResultsTable(results.rows().stream()
                            .filter(row -> row.preset().equals(preset) && row.clips().tokens() == tokens).toList());
                    if (!group.rows().isEmpty()) {
                        figures.add(memoryRecall(group, preset, scales.size() > 1 ? tokens : TrialResult.NOT_LOGGED));
                    }
                }
            }
        } else {
            figures.add(new ReportFigure("memory-vs-recall", "Peak training memory vs text-to-video R@1 (mean over "
                    + "caption families); error bars: 95 % CI over seeds; hollow markers: out of memory",
                    new MemoryRecallFigure().chart(results)));
            for (String family : List.of("temporal", "appearance")) {
                String metric = family + "/" + RunMetrics.T2V_R1;
                if (results.rows().stream().anyMatch(row -> row.metric(metric).isPresent())) {
                    figures.add(new ReportFigure("memory-vs-recall-" + family, "Peak training memory vs "
                            + "text-to-video R@1 on " + family + " captions",
                            new MemoryRecallFigure(metric).chart(results)));
                }
            }
        }
        if (presets.size() == 2 && BaseToLargeFigure.PRESET_ORDER.containsAll(presets)) {
            figures.add(new ReportFigure("base-to-large", "From the base to the large preset: memory increase and "
                    + "R@1 drop against joint at each size", new BaseToLargeFigure().chart(results)));
        }
        return figures;
    }

    private static ReportFigure memoryRecall(ResultsTable group, String preset, int tokens) {
        boolean scaled = tokens != TrialResult.NOT_LOGGED;
        String name = "memory-vs-recall-" + preset + (scaled ? "-" + tokens + "-tokens" : "");
        String at = "the " + preset + " preset" + (scaled ? " and " + tokens + " tokens per clip" : "");
        return new ReportFigure(name, "Peak training memory vs text-to-video R@1 (mean over caption families) at "
                + at + "; error bars: 95 % CI over seeds; hollow markers: out of memory",
                new MemoryRecallFigure().chart(group));
    }
}
