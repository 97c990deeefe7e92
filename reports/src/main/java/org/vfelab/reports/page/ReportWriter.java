package org.vfelab.reports.page;

import org.vfelab.reports.findings.ScaleLadder;
import org.vfelab.reports.results.LongVideoChain;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.reports.tables.BackboneTable;
import org.vfelab.reports.tables.Html;
import org.vfelab.reports.tables.ReportTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Writes a report from a results table: {@code results.csv}, the figures under {@code figures/} (PNG and SVG),
 * {@code report.md} (figures linked) and {@code index.html} (self-contained: figures embedded, no external
 * resources), with the same sections in both, each a {@link ReportPart} shown when the runs hold what it needs:
 * overview, the ablation figures, finding vs scale (ablations at several clip scales), the long-video figure and
 * table (the long-video chain), the backbone table, statistics and findings, and every trial with its outcome. The
 * ablation figures read the {@linkplain TrialResult#ablation ablation} trials only, and are left out when there are
 * none but a long-video chain.
 */
public final class ReportWriter {

    private final String title;
    private final String source;

    /** @param source where the runs came from, in words (the tracking store) */
    public ReportWriter(String title, String source) {
        this.title = title;
        this.source = source;
    }

    /** Writes every file of the report into {@code out} (created if missing). */
    public ReportFiles write(ResultsTable results, Path out) {
        try {
            Files.createDirectories(out.resolve("figures"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + out + ": " + e.getMessage(), e);
        }
        Path csv = out.resolve("results.csv");
        results.writeCsv(csv);
        List<Section> sections = new ArrayList<>();
        List<Path> figureFiles = new ArrayList<>();
        for (ReportPart part : parts()) {
            if (part.applies(results)) {
                ReportPart.Written written = part.write(results, out.resolve("figures"));
                sections.addAll(written.sections());
                figureFiles.addAll(written.files());
            }
        }
        Path markdown = out.resolve("report.md");
        Path html = out.resolve("index.html");
        new ReportPage(title, sections).write(markdown, html);
        return new ReportFiles(csv, figureFiles, markdown, html);
    }

    /**
     * The report's parts, in page order: overview, the ablation figures (also when nothing else applies, to say
     * there is nothing to plot), finding vs scale, long video, the backbone table, statistics and findings, trials.
     */
    private List<ReportPart> parts() {
        return List.of(
                part(results -> true, (results, figures) -> ReportPart.Written.of(overview(results))),
                part(results -> !ablations(results).rows().isEmpty() || !LongVideoChain.present(results),
                        (results, figures) -> FigureSection.write(ablations(results), figures)),
                part(results -> ScaleLadder.applies(ablations(results)),
                        (results, figures) -> ScaleSection.write(ablations(results), figures)),
                part(LongVideoChain::present, LongVideoSection::write),
                part(results -> true, (results, figures) -> ReportPart.Written.of(table("Backbones (Table 1 shape)",
                        "Recall@1 per caption family, mean ± 95 % CI over seeds (finished trials only).",
                        BackboneTable.of(results)))),
                part(results -> true, (results, figures) -> new ReportPart.Written(FindingsSection.of(results),
                        List.of())),
                part(results -> true, (results, figures) -> ReportPart.Written.of(table("Trials", "Every trial of "
                        + "the sweep with its outcome; failed and out-of-memory trials included.",
                        TrialsTable.of(results)))));
    }

    /** The trials the ablation figures and findings read. */
    private static ResultsTable ablations(ResultsTable results) {
        return new ResultsTable(results.rows().stream().filter(TrialResult::ablation).toList());
    }

    private static ReportPart part(Predicate<ResultsTable> applies,
                                   BiFunction<ResultsTable, Path, ReportPart.Written> write) {
        return new ReportPart() {
            @Override
            public boolean applies(ResultsTable results) {
                return applies.test(results);
            }

            @Override
            public Written write(ResultsTable results, Path figures) {
                return write.apply(results, figures);
            }
        };
    }

    private Section overview(ResultsTable results) {
        Map<String, Integer> outcomes = new TreeMap<>();
        results.rows().forEach(row -> outcomes.merge(row.outcome(), 1, Integer::sum));
        List<String> counts = new ArrayList<>();
        outcomes.forEach((outcome, count) -> counts.add(count + " " + outcome));
        long finished = results.rows().stream().filter(TrialResult::finished).count();
        String text = results.rows().size() + " trials (" + String.join(", ", counts) + ") from " + source
                + "; figures and tables use the " + finished + " finished trials, and list the others.";
        return new Section("Overview", text + "\n", "<p>" + Html.escape(text) + "</p>\n");
    }

    private static Section table(String title, String caption, ReportTable table) {
        return new Section(title, caption + "\n\n" + table.markdown(),
                "<p>" + Html.escape(caption) + "</p>\n" + table.html());
    }
}
