package org.vfelab.reports.page;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
                "## Backbones (Table 1 shape)", "## Statistics", "## Findings", "**F1**", "**F6**", "## Trials");
        String html = Files.readString(files.html());
        assertThat(html).contains("<title>fig2 &lt;report&gt;</title>", "src=\"data:image/png;base64,")
                .doesNotContain("src=\"figures/", "http://", "https://");
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
}
