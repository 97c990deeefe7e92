package org.vfelab.reports.page;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.reports.results.ClipScale;
import org.vfelab.reports.results.LongVideoRuns;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterTest {


    @TempDir
    Path dir;

    /** The figures' fixture (2 backbones x 2 masks x 2 seeds and an OOM) plus a trial that failed with an error. */
    static ResultsTable results() {
        List<TrialResult> rows = new ArrayList<>(ResultsTable.readCsv(
                Path.of("src/test/resources/figures/fig2-results.csv")).rows());
        rows.add(new TrialResult("r-err", "fig2", "lora", "lora seed=1", 1, "error", "lora", "random-mask", 0, "tiny",
                "k-err", Map.of()));
        return new ResultsTable(rows);
    }

    @Test
    void writesTheResultsFiguresMarkdownAndASelfContainedPage() throws Exception {
        ReportFiles files = new ReportWriter("fig2 <report>", "a test store").write(results(), dir.resolve("out"));

        assertThat(ResultsTable.readCsv(files.results())).isEqualTo(results());
        assertThat(files.figures()).isNotEmpty().allSatisfy(figure -> assertThat(figure).isRegularFile());
        assertThat(files.figures()).extracting(path -> path.getFileName().toString())
                .contains("memory-vs-recall.png", "memory-vs-recall.svg", "memory-vs-recall-temporal.png");
        String markdown = Files.readString(files.markdown());
        assertThat(markdown).contains("# fig2 <report>", "## Figures", "](figures/memory-vs-recall.png)",
                "## Backbones (Table 1 shape)", "## Statistics", "## Findings", "**F1**", "**F6**", "## Trials")
                .doesNotContain("## Long video");
        String html = Files.readString(files.html());
        assertThat(html).contains("<title>fig2 &lt;report&gt;</title>", "src=\"data:image/png;base64,")
                .doesNotContain("src=\"figures/", "http://", "https://", "Long video");
        assertThat(files.figures()).noneMatch(path -> path.toString().contains("long-video"));
    }

    @Test
    void theLongVideoSectionHasTheScatterAndTheTableWhenTheRunsIncludeTheChain() throws Exception {
        ResultsTable chain = LongVideoRuns.chain(new double[][] {{0.20, 0.22, 0.24}, {0.30, 0.32, 0.34},
            {0.50, 0.55, 0.60}}, new double[][] {{0.30, 0.31, 0.32}, {0.40, 0.42, 0.41}, {0.50, 0.53, 0.52}});

        ReportFiles files = new ReportWriter("long video", "a test store").write(chain, dir);

        assertThat(files.figures()).extracting(path -> path.getFileName().toString())
                .containsExactly("long-video-memory.png", "long-video-memory.svg");
        String markdown = Files.readString(files.markdown());
        assertThat(markdown).contains("## Long video", "](figures/long-video-memory.png)",
                "| model | seeds | long-clip T2V R@1 |", "| LONG-ViViT | 3 | 0.550 ± 0.124 |",
                "**F6** Short-to-long training").doesNotContain("## Figures");
        assertThat(markdown.indexOf("## Long video")).isLessThan(markdown.indexOf("## Backbones"));
        String html = Files.readString(files.html());
        assertThat(html).contains("<h2>Long video</h2>", "<td>LONG-ViViT</td><td>3</td><td>0.550 ± 0.124</td>",
                "alt=\"Contrastive training vs video-to-text peak memory").doesNotContain("src=\"figures/");
    }

    @Test
    void ablationAndLongVideoRunsTogetherGetBothSectionsEachFromItsOwnTrials() throws Exception {
        List<TrialResult> rows = new ArrayList<>(results().rows());
        rows.addAll(LongVideoRuns.chain(new double[][] {{0.2}, {0.3}, {0.5}}, new double[][] {{0.3}, {0.4}, {0.5}})
                .rows());

        ReportFiles files = new ReportWriter("both", "a test store").write(new ResultsTable(rows), dir);

        String markdown = Files.readString(files.markdown());
        assertThat(markdown).contains("## Figures", "## Long video");
        assertThat(files.figures()).extracting(path -> path.getFileName().toString())
                .contains("memory-vs-recall.png", "long-video-memory.svg");
        // The ablation figure reads no chain trial: the finished video-to-text stages, which log no R@1, would be
        // noted under its title as finished trials it cannot show.
        assertThat(Files.readString(dir.resolve("figures/memory-vs-recall.svg"))).contains("not shown: 1 error")
                .doesNotContain("finished trial(s) without");
    }

    @Test
    void failedAndOutOfMemoryTrialsAreListedWithTheirOutcome() throws Exception {
        ReportFiles files = new ReportWriter("fig2", "a test store").write(results(), dir);

        String markdown = Files.readString(files.markdown());
        assertThat(markdown).contains("10 trials (1 error, 8 finished, 1 oom)");
        assertThat(markdown.lines().filter(line -> line.startsWith("| lora seed=1 | error |"))).hasSize(1);
        assertThat(markdown.lines().filter(line -> line.contains("| oom |"))).hasSize(1);
        assertThat(Files.readString(files.html())).contains("<td>error</td>", "<td>oom</td>");
    }

    @Test
    void aLadderGetsTheFindingVsScaleSectionAndOneMemoryFigurePerScale() throws Exception {
        List<TrialResult> rows = new ArrayList<>();
        for (TrialResult row : results().rows()) {
            rows.add(row.withClips(new ClipScale(64, 256)));
            rows.add(new TrialResult(row.runId() + "-512", row.sweep(), row.arm(), row.label(), row.seed(),
                    row.outcome(), row.backbone(), row.sampler(), row.maskRatio(), row.preset(), row.trialKey() + "-512",
                    row.task(), row.events(), row.steps(), new ClipScale(512, 256), row.params(), row.metrics()));
        }

        ReportFiles files = new ReportWriter("ladder", "a test store").write(new ResultsTable(rows), dir);

        assertThat(files.figures()).extracting(path -> path.getFileName().toString()).contains(
                "masking-drop-vs-tokens.png", "memory-vs-recall-tiny-64-tokens.png",
                "memory-vs-recall-tiny-512-tokens.png");
        String markdown = Files.readString(files.markdown());
        assertThat(markdown).contains("## Finding vs scale", "| tokens per clip | joint R@1 mask 0 |",
                "| finding | 64 tokens | 512 tokens |", "at 512 tokens per clip, preset tiny");
    }
}
