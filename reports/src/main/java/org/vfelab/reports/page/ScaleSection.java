package org.vfelab.reports.page;

import org.vfelab.reports.figures.ScaleLadderFigure;
import org.vfelab.reports.findings.Finding;
import org.vfelab.reports.findings.Findings;
import org.vfelab.reports.findings.Format;
import org.vfelab.reports.findings.ScaleLadder;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.reports.stats.PairedComparison;
import org.vfelab.reports.tables.Html;
import org.vfelab.reports.tables.ReportTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The report's "finding vs scale" section, for runs at several clip scales (a scale ladder): the ladder's answer for
 * F1 in one sentence, the figure of recall lost to masking against tokens per clip, F1's numbers per rung, and every
 * finding's verdict at each scale, each read on that scale's trials alone.
 */
final class ScaleSection {

    static final String TITLE = "Finding vs scale";
    static final String FIGURE = "masking-drop-vs-tokens";

    private ScaleSection() {
    }

    /** The section of {@code results}' ablation trials, its figure written into {@code dir}. */
    static ReportPart.Written write(ResultsTable results, Path dir) {
        List<ScaleLadder.Rung> rungs = ScaleLadder.rungs(results);
        StringBuilder md = new StringBuilder();
        StringBuilder html = new StringBuilder();
        String intro = "The same task at several clip scales (tokens per clip: frames / tubelet frames x (size / "
                + "tubelet side)^2, before masking). Each finding is judged at every scale on that scale's trials "
                + "alone. " + steps(results) + " " + ScaleLadder.conclusion(rungs);
        md.append(intro).append("\n\n");
        html.append("<p>").append(Html.escape(intro)).append("</p>\n");
        List<Path> files = new ArrayList<>();
        if (!rungs.isEmpty()) {
            String ratio = Format.ratio(rungs.get(rungs.size() - 1).maskRatio());
            ReportFigure.Shown shown = new ReportFigure(FIGURE, "T2V R@1 lost at mask " + ratio + " against tokens "
                    + "per clip; means over seeds, error bars: 95 % CI of the paired drop",
                    ScaleLadderFigure.chart(points(rungs), ScaleLadder.KEPT_RECALL_TOLERANCE, ratio)).write(dir);
            files.addAll(shown.files());
            md.append(shown.markdown());
            html.append(shown.html());
            append(md, html, "F1 per rung: R@1 is text-to-video, mean over caption families and seeds; drops are "
                    + "paired by seed (mean ± 95 % CI, paired t-test).", rungTable(rungs));
        }
        append(md, html, "Each finding's verdict at each scale (at a scale without the trials a finding needs, not "
                + "enough evidence).",
                verdictTable(results));
        return new ReportPart.Written(List.of(new Section(TITLE, md.toString(), html.toString())), files);
    }

    private static void append(StringBuilder md, StringBuilder html, String caption, ReportTable table) {
        md.append(caption).append("\n\n").append(table.markdown()).append('\n');
        html.append("<p>").append(Html.escape(caption)).append("</p>\n").append(table.html());
    }

    private static ReportTable rungTable(List<ScaleLadder.Rung> rungs) {
        List<List<String>> rows = new ArrayList<>();
        for (ScaleLadder.Rung rung : rungs) {
            PairedComparison joint = rung.jointDrop();
            rows.add(List.of(Integer.toString(rung.tokens()), Format.number(joint.leftMean()),
                    Format.number(joint.rightMean()) + " (mask " + Format.ratio(rung.maskRatio()) + ")", drop(joint),
                    Double.isNaN(rung.memoryRatio()) ? "–" : Format.times(rung.memoryRatio()),
                    rung.frameAvgDrop().map(ScaleSection::drop).orElse("–"), rung.f1().verdict().inWords()));
        }
        return new ReportTable(List.of("tokens per clip", "joint R@1 mask 0", "joint R@1 masked", "joint drop",
                "joint memory saved", "frame-avg drop", "F1"), rows);
    }

    private static ReportTable verdictTable(ResultsTable results) {
        List<String> ids = List.of("F1", "F2", "F3", "F4", "F5", "F6");
        List<Integer> scales = new ArrayList<>(Findings.byScale(results, "F1").keySet());
        List<String> header = new ArrayList<>(List.of("finding"));
        scales.forEach(tokens -> header.add(tokens > 0 ? tokens + " tokens" : "tokens unknown"));
        List<List<String>> rows = new ArrayList<>();
        for (String id : ids) {
            SortedMap<Integer, Finding> byScale = Findings.byScale(results, id);
            List<String> row = new ArrayList<>(List.of(id));
            scales.forEach(tokens -> row.add(byScale.get(tokens).verdict().inWords()));
            rows.add(row);
        }
        return new ReportTable(header, rows);
    }

    /** How long masked and unmasked trials trained, in words: the recipe choice the ladder's drops depend on. */
    private static String steps(ResultsTable results) {
        List<Integer> steps = results.rows().stream().filter(TrialResult::ablation).map(TrialResult::steps)
                .filter(n -> n > 0).distinct().sorted().toList();
        if (steps.size() == 1) {
            return "Every trial trained " + steps.get(0) + " steps, masked or not (equal steps, as the paper's "
                    + "ablations; masked trials therefore used less compute).";
        }
        return steps.isEmpty() ? "The trials did not record their steps."
                : "The trials trained " + steps.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " steps.";
    }

    private static List<ScaleLadderFigure.Point> points(List<ScaleLadder.Rung> rungs) {
        List<ScaleLadderFigure.Point> points = new ArrayList<>();
        for (ScaleLadder.Rung rung : rungs) {
            points.add(new ScaleLadderFigure.Point("joint", rung.tokens(), rung.jointDrop().meanDifference(),
                    rung.jointDrop().differenceHalfWidth95()));
            rung.frameAvgDrop().ifPresent(drop -> points.add(new ScaleLadderFigure.Point("frame-avg", rung.tokens(),
                    drop.meanDifference(), drop.differenceHalfWidth95())));
        }
        return points;
    }

    private static String drop(PairedComparison comparison) {
        return comparison.differenceWithInterval() + " (" + comparison.pInWords() + ", " + comparison.pairs()
                + " seeds)";
    }
}
