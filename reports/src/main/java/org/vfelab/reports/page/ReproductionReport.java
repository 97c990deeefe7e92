package org.vfelab.reports.page;

import org.vfelab.reports.findings.Finding;
import org.vfelab.reports.findings.Findings;
import org.vfelab.reports.findings.ScaleLadder;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.reports.stats.PairedComparison;
import org.vfelab.reports.tables.Html;
import org.vfelab.reports.tables.ReportTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report of a whole reproduction: each of the paper's findings read on the sweep made for it, beside the paper's
 * own number, in one "paper vs vfe-lab" table (the paper's effect; ours with its 95 % interval and p; the scale it was
 * read at; the verdict), then each finding's evidence, and a full report per sweep in a folder of its own. A reader
 * sees in one page what holds at our scale, what does not, and why.
 */
public final class ReproductionReport {

    /** One finding and the sweep whose runs judge it. */
    public record Source(String findingId, String sweep, ResultsTable results) {
    }

    private static final String TITLE = "The paper's findings, reproduced by vfe-lab";
    private static final String LADDER_CAPTION = "R@1 lost to masking against tokens per clip";

    private final String stamp;

    /** @param stamp what produced the runs, in words: the vfe-lab commit and the machine */
    public ReproductionReport(String stamp) {
        this.stamp = stamp;
    }

    /**
     * Writes {@code report.md} and {@code index.html} into {@code out}, and each sweep's own report into
     * {@code out/<sweep>/}; returns the files of the summary page (markdown first).
     */
    public List<Path> write(List<Source> sources, Path out) {
        List<String> sweeps = sources.stream().map(Source::sweep).distinct().toList();
        for (String sweep : sweeps) {
            ResultsTable results = sources.stream().filter(source -> source.sweep().equals(sweep)).findFirst()
                    .orElseThrow().results();
            if (!results.rows().isEmpty()) {
                new ReportWriter(sweep, stamp).write(results, out.resolve(sweep));
            }
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("About", about() + "\n", "<p>" + Html.escape(about()) + "</p>\n"));
        List<Row> rows = sources.stream().map(Row::of).toList();
        ReportTable table = table(rows);
        String caption = "Each finding read on its own sweep. Effects are paired differences over seeds (mean ± 95 % "
                + "CI, paired t-test); R@1 is text-to-video on a 0-1 scale. A verdict needs runs that learned: a "
                + "baseline below 10x chance makes it 'not enough evidence', never 'not supported'.";
        sections.add(new Section("Paper vs vfe-lab", caption + "\n\n" + table.markdown(),
                "<p>" + Html.escape(caption) + "</p>\n" + table.html()));
        StringBuilder md = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (Row row : rows) {
            String text = " (" + row.finding().verdict().inWords() + ", sweep " + row.sweep() + "): "
                    + row.finding().evidence() + "." + row.ladder().map(line -> " " + line).orElse("");
            md.append("- **").append(row.finding().id()).append("**").append(text).append(" [").append(row.sweep())
                    .append(" report](").append(row.sweep()).append("/report.md)\n");
            html.append("<p><b>").append(Html.escape(row.finding().id())).append("</b>").append(Html.escape(text))
                    .append("</p>\n");
            if (row.ladder().isPresent() && !ScaleLadder.rungs(row.results()).isEmpty()) {
                md.append("\n  ![").append(LADDER_CAPTION).append("](").append(row.sweep()).append("/figures/")
                        .append(ScaleSection.FIGURE).append(".png)\n");
            }
        }
        sections.add(new Section("Evidence", md.toString(), html.toString()));
        Path markdown = out.resolve("report.md");
        Path page = out.resolve("index.html");
        new ReportPage(TITLE, sections).write(markdown, page);
        return List.of(markdown, page);
    }

    private String about() {
        return "Produced by vfe reproduce: " + stamp + ".";
    }

    /** A finding as the summary table shows it. */
    private record Row(Finding finding, String sweep, ResultsTable results, Optional<PairedComparison> effect,
                       String scale, Optional<String> ladder) {

        static Row of(Source source) {
            ResultsTable results = source.results();
            Finding finding = Findings.check(results).stream().filter(f -> f.id().equals(source.findingId()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no finding " + source.findingId()));
            Optional<String> ladder = source.findingId().equals("F1") && ScaleLadder.applies(results)
                    ? Optional.of(ScaleLadder.conclusion(ScaleLadder.rungs(results))) : Optional.empty();
            return new Row(finding, source.sweep(), results, Findings.headline(results, source.findingId()),
                    scale(finding, results), ladder);
        }

        /** The tokens per clip the finding was read at, or those of the sweep's trials, or "–". */
        private static String scale(Finding finding, ResultsTable results) {
            if (finding.tokens() > 0) {
                return finding.tokens() + " tokens";
            }
            List<Integer> tokens = results.rows().stream().filter(TrialResult::ablation)
                    .map(row -> row.clips().tokens()).filter(n -> n > 0).distinct().sorted().toList();
            return tokens.isEmpty() ? "–" : tokens.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " tokens";
        }
    }

    private static ReportTable table(List<Row> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (Row row : rows) {
            String ours = row.effect().map(effect -> effect.leftName() + " vs " + effect.rightName() + " on "
                    + effect.metric() + ": " + effect.differenceWithInterval() + " (" + effect.pInWords() + ", "
                    + effect.pairs() + (effect.pairs() == 1 ? " seed)" : " seeds)")).orElse("see evidence");
            cells.add(List.of(row.finding().id(), Findings.paper(row.finding().id()), ours, row.scale(),
                    row.finding().verdict().inWords(), row.sweep()));
        }
        return new ReportTable(List.of("finding", "paper", "vfe-lab", "scale", "verdict", "sweep"), cells);
    }
}
