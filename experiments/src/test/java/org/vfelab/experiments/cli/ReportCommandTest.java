package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.TrackedRun;
import org.vfelab.tracking.Tracker;
import org.vfelab.reports.figures.MemoryRecallFigure;
import org.vfelab.reports.figures.PlottedPoint;
import org.vfelab.reports.figures.PlottedSeries;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** {@code vfe report} over runs written to a local store exactly as a sweep writes them. */
class ReportCommandTest {


    private static final String SWEEP = "report-check";

    @TempDir
    Path dir;

    @Test
    void theFigurePointsAreTheMeansOfTheRunsMetricsAndFailedTrialsAreListed() throws Exception {
        Path store = dir.resolve("mlruns");
        Tracker tracker = Tracker.forUri(store.toString());
        // backbone, mask, seed, peak memory MB, final mean T2V R@1 (an earlier, lower value is logged first)
        Object[][] finished = {{"joint", 0.0, 7, 160.0, 0.60}, {"joint", 0.0, 8, 162.0, 0.64},
            {"joint", 0.75, 7, 66.0, 0.58}, {"joint", 0.75, 8, 64.0, 0.62},
            {"frame-avg", 0.0, 7, 240.0, 0.30}, {"frame-avg", 0.0, 8, 242.0, 0.34}};
        for (Object[] trial : finished) {
            record(tracker, (String) trial[0], (double) trial[1], (int) trial[2], "finished", Map.of(
                    "peak_memory_megabytes", (double) trial[3], "t2v_recall_at_1", (double) trial[4]));
        }
        record(tracker, "frame-avg", 0.75, 7, "oom", Map.of("peak_memory_megabytes", 3.0,
                "rss_peak_megabytes", 4096.0));
        record(tracker, "lora", 0.0, 7, "error", Map.of());

        CliRunner report = CliRunner.run("report", "--experiment", SWEEP, "--tracking-uri", store.toString(),
                "--out", dir.resolve("report").toString());

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("8 trials of 'report-check'");
        ResultsTable results = ResultsTable.readCsv(dir.resolve("report/results.csv"));
        assertThat(results.rows()).hasSize(8);
        assertThat(results.rows().get(0).metrics()).containsEntry("t2v_recall_at_1", 0.60)
                .containsEntry("peak_memory_megabytes", 160.0);
        List<PlottedSeries> series = new MemoryRecallFigure().series(results);
        PlottedSeries joint = series.stream().filter(s -> s.name().equals("joint")).findFirst().orElseThrow();
        assertThat(joint.points()).extracting(PlottedPoint::x, PlottedPoint::y).containsExactlyInAnyOrder(
                tuple((160.0 + 162.0) / 2 / 1024, (0.60 + 0.64) / 2),
                tuple((66.0 + 64.0) / 2 / 1024, (0.58 + 0.62) / 2));
        PlottedSeries oom = series.stream().filter(s -> s.name().equals(MemoryRecallFigure.OUT_OF_MEMORY))
                .findFirst().orElseThrow();
        assertThat(oom.points()).singleElement().satisfies(point -> {
            assertThat(point.x()).isCloseTo(4096.0 / 1024, within(1e-9));
            assertThat(point.hollow()).isTrue();
        });
        String markdown = Files.readString(dir.resolve("report/report.md"));
        assertThat(markdown).contains("8 trials (1 error, 6 finished, 1 oom)", "| error |", "| oom |");
        assertThat(dir.resolve("report/index.html")).isRegularFile();
        assertThat(dir.resolve("report/figures/memory-vs-recall.png")).isRegularFile();
    }

    @Test
    void anExperimentWithoutRunsIsAClearError() {
        CliRunner report = CliRunner.run("report", "--experiment", "nothing-here", "--tracking-uri",
                dir.resolve("mlruns").toString(), "--out", dir.resolve("report").toString());

        assertThat(report.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(report.err()).contains("no runs of experiment 'nothing-here'");
    }

    private static void record(Tracker tracker, String backbone, double mask, int seed, String outcome,
                               Map<String, Double> metrics) {
        String label = backbone + " mask " + mask;
        try (TrackedRun run = tracker.startRun(SWEEP, label + " seed=" + seed, Map.of("vfe.role", "trial",
                "vfe.sweep", SWEEP, "vfe.arm", label, "vfe.trial_key", label + seed, "vfe.outcome", outcome))) {
            run.logParams(Map.of("seed", Integer.toString(seed), "model.backbone.type", backbone,
                    "sampling.type", "random-mask", "sampling.mask_ratio", Double.toString(mask),
                    "model.preset", "tiny"));
            metrics.forEach((key, value) -> {
                run.logMetric(key, value / 2, 10);
                run.logMetric(key, value, 900);
            });
            run.end(outcome.equals("finished") ? RunStatus.FINISHED : RunStatus.FAILED);
        }
    }
}
