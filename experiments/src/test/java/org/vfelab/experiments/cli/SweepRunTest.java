package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.tracking.FakeMlflowServer;
import org.vfelab.tracking.LocalStoreReader;
import org.vfelab.tracking.MetricPoint;
import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.StoredExperiment;
import org.vfelab.tracking.StoredRun;
import org.vfelab.tracking.TrackedRun;
import org.vfelab.tracking.Tracker;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.sweep.SweepFiles;
import org.vfelab.experiments.sweep.SweepPlan;
import org.vfelab.reports.results.ResultsTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sweeps through the real CLI, each trial in its own JVM: resuming after the runner is killed, an out-of-memory
 * arm among healthy ones, the trial timeout, and a tracking server instead of the local store.
 */
@Tag("integration")
class SweepRunTest {


    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String SMOKE_BASE = Path.of("smoke.yaml").toAbsolutePath().toString();

    @TempDir
    Path dir;

    @Test
    void aSweepKilledMidwayResumesWithoutRerunningFinishedTrials() throws Exception {
        Path store = dir.resolve("mlruns");
        List<PlannedTrial> plan = SweepPlan.expand(SweepFiles.load(Path.of("sweeps/smoke-sweep.yaml")));
        // One trial at a time, so exactly one is running when the runner dies.
        Process runner = new ProcessBuilder(javaCli("sweep", "sweeps/smoke-sweep.yaml", "--tracking-uri",
                store.toString(), "--max-parallel", "1")).redirectErrorStream(true).redirectOutput(dir.resolve("runner.log").toFile())
                .start();
        waitFor(() -> trialRuns(store).stream().filter(finished()).count() >= 2 && trialRuns(store).stream()
                .anyMatch(run -> run.status() == RunStatus.RUNNING && training(store, run)),
                "two finished trials and one training");
        runner.destroyForcibly().waitFor();
        // The trial that was running notices that its runner is gone and records itself as killed.
        waitFor(() -> trialRuns(store).stream().noneMatch(run -> run.status() == RunStatus.RUNNING),
                "the orphaned trial to stop");
        List<StoredRun> beforeResume = trialRuns(store);
        Set<String> finishedBefore = beforeResume.stream().filter(finished()).map(StoredRun::runId)
                .collect(Collectors.toSet());
        assertThat(finishedBefore).hasSizeBetween(2, 3);

        CliRunner resumed = CliRunner.run("sweep", "sweeps/smoke-sweep.yaml", "--tracking-uri", store.toString());

        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
        assertThat(resumed.out()).contains((4 - finishedBefore.size()) + " to run, " + finishedBefore.size()
                + " finished before");
        List<StoredRun> after = trialRuns(store);
        for (PlannedTrial trial : plan) {
            assertThat(after.stream().filter(finished()).filter(run -> run.tags().get("vfe.trial_key")
                    .equals(trial.key()))).as(trial.label()).hasSize(1);
        }
        assertThat(after.stream().filter(finished()).map(StoredRun::runId)).containsAll(finishedBefore);
        assertThat(after).filteredOn(run -> !finished().test(run)).singleElement()
                .satisfies(run -> assertThat(run.tags()).containsEntry("vfe.outcome", "killed"));
        StoredRun parent = onlyParent(store, "smoke-sweep");
        assertThat(after).allSatisfy(run -> assertThat(run.tags()).containsEntry("mlflow.parentRunId", parent.runId())
                .containsEntry("vfe.sweep", "smoke-sweep").containsEntry("vfe.device", "cpu")
                .containsKeys("vfe.arm", "vfe.trial_key", "vfe.outcome"));
        assertThat(after.stream().map(run -> run.tags().get("vfe.arm")).distinct())
                .containsExactlyInAnyOrderElementsOf(plan.stream().map(PlannedTrial::arm).toList());
        assertThat(parent.status()).isEqualTo(RunStatus.FINISHED);

        CliRunner again = CliRunner.run("sweep", "sweeps/smoke-sweep.yaml", "--tracking-uri", store.toString());
        assertThat(again.out()).contains("0 to run, 4 finished before");
        assertThat(trialRuns(store)).hasSameSizeAs(after);

        CliRunner report = CliRunner.run("report", "sweeps/smoke-sweep.yaml", "--tracking-uri", store.toString(),
                "--out", dir.resolve("report").toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(ResultsTable.readCsv(dir.resolve("report/results.csv")).rows()).hasSize(4)
                .allSatisfy(row -> assertThat(row.outcome()).isEqualTo("finished"));
        assertThat(dir.resolve("report/figures/memory-vs-recall.png")).isRegularFile();
        assertThat(dir.resolve("report/report.md")).isRegularFile();
        assertThat(dir.resolve("report/index.html")).isRegularFile();
    }

    @Test
    void aRunLeftRunningByADeadRunnerIsRecordedAsKilledAndItsTrialRunsAgain() throws Exception {
        Path store = dir.resolve("mlruns");
        Path sweep = sweepFile("abandoned-sweep", "  - {label: one, set: {training.batch_size: 16}}\n");
        String key = SweepPlan.expand(SweepFiles.load(sweep)).get(0).key();
        // Never ended or closed, as a runner SIGKILLed before its trial JVM attached to the run leaves it.
        TrackedRun left = Tracker.forUri(store.toString()).startRun("abandoned-sweep", "one",
                Map.of("vfe.sweep", "abandoned-sweep", "vfe.role", "trial", "vfe.trial_key", key));
        String abandoned = left.runId();

        CliRunner result = CliRunner.run("sweep", sweep.toString(), "--tracking-uri", store.toString());

        assertThat(result.out()).contains("run " + abandoned + " ('one') was left running", "1 to run");
        StoredRun old = Tracker.forUri(store.toString()).findRun(abandoned).orElseThrow();
        assertThat(old.status()).isEqualTo(RunStatus.KILLED);
        assertThat(old.tags()).containsEntry("vfe.outcome", "killed");
        assertThat(trialRun(store, "abandoned-sweep", "one").tags()).containsEntry("vfe.outcome", "finished");
    }

    @Test
    void anArmOutOfMemoryIsRecordedWithItsMemoryAndTheOthersStillFinish() throws Exception {
        Path store = dir.resolve("mlruns");
        Path sweep = sweepFile("oom-sweep", "  - {label: too big, set: {training.batch_size: 256}}\n"
                + "  - {label: fits, set: {training.batch_size: 16}}\n");
        String[] args = {"sweep", sweep.toString(), "--tracking-uri", store.toString(), "--trial-jvm-options",
            "-Xmx512m -Dorg.bytedeco.javacpp.maxPhysicalBytes=1g"};

        CliRunner first = CliRunner.run(args);

        assertThat(first.exitCode()).as("an OOM is a data point, not a failed sweep: " + first.err()).isZero();
        StoredRun oom = trialRun(store, "oom-sweep", "too big");
        assertThat(oom.tags()).containsEntry("vfe.outcome", "oom");
        assertThat(oom.tags().get("vfe.error")).contains("OutOfMemoryError");
        assertThat(oom.status()).isEqualTo(RunStatus.FAILED);
        List<MetricPoint> memory = new LocalStoreReader(store).metricHistory(oom, "peak_memory_megabytes");
        assertThat(memory).singleElement().satisfies(point -> assertThat(point.value()).isGreaterThan(100));
        assertThat(new LocalStoreReader(store).artifacts(oom)).contains("logs/trial.log");
        assertThat(trialRun(store, "oom-sweep", "fits").tags()).containsEntry("vfe.outcome", "finished");
        assertThat(first.out()).contains("1 finished, 1 oom");

        assertThat(CliRunner.run(args).out()).contains("0 to run, 1 finished before, 1 failed before");
        List<String> rerun = new ArrayList<>(List.of(args));
        rerun.add("--rerun-failed");
        assertThat(CliRunner.run(rerun.toArray(String[]::new)).out()).contains("1 to run, 1 finished before");
        assertThat(trialRuns(store)).hasSize(3);
    }

    @Test
    void aTrialPredictedOverTheMemoryBudgetIsRecordedAsSkippedWithoutRunning() throws Exception {
        Path store = dir.resolve("mlruns");
        // Predicted: about 1.2 GB at batch 256, 0.08 GB at batch 16.
        Path sweep = sweepFile("budget-sweep", "  - {label: too big, set: {training.batch_size: 256}}\n"
                + "  - {label: fits, set: {training.batch_size: 16}}\n");

        CliRunner plan = CliRunner.run("sweep", "plan", sweep.toString(), "--memory-budget", "200MB");
        CliRunner result = CliRunner.run("sweep", sweep.toString(), "--tracking-uri", store.toString(),
                "--memory-budget", "200MB");

        assertThat(plan.out()).contains("1 trials would be skipped as skipped-budget");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("1 to run", "1 over the memory budget", "1 finished, 1 skipped-budget");
        StoredRun skipped = trialRun(store, "budget-sweep", "too big");
        assertThat(skipped.tags()).containsEntry("vfe.outcome", "skipped-budget");
        assertThat(skipped.tags().get("vfe.error")).contains("exceeds --memory-budget 0.20 GB");
        assertThat(skipped.params()).containsEntry("training.batch_size", "256");
        assertThat(new LocalStoreReader(store).artifacts(skipped)).doesNotContain("logs/trial.log");
    }

    @Test
    void maxParallelRunsTrialsSideBySide() throws Exception {
        Path store = dir.resolve("mlruns");
        Path sweep = sweepFile("parallel-sweep", "  - {label: one, set: {training.batch_size: 16}}\n"
                + "  - {label: two, set: {training.batch_size: 8}}\n");

        CliRunner result = CliRunner.run("sweep", sweep.toString(), "--tracking-uri", store.toString(),
                "--max-parallel", "2");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("2 to run, 0 finished before, on 2 x cpu", "2 finished");
        StoredRun one = trialRun(store, "parallel-sweep", "one");
        StoredRun two = trialRun(store, "parallel-sweep", "two");
        assertThat(one.startTime()).as("the second trial started before the first ended")
                .isLessThan(two.endTime().orElseThrow());
        assertThat(two.startTime()).isLessThan(one.endTime().orElseThrow());
    }

    @Test
    void aTrialPastTheTimeoutIsStoppedAndRecordedAsTimeout() throws Exception {
        Path store = dir.resolve("mlruns");
        Path sweep = sweepFile("slow-sweep", "  - {label: slow, set: {training.steps: 100000}}\n");

        CliRunner result = CliRunner.run("sweep", sweep.toString(), "--tracking-uri", store.toString(),
                "--trial-timeout", "20s");

        assertThat(result.exitCode()).isZero();
        StoredRun run = trialRun(store, "slow-sweep", "slow");
        assertThat(run.tags()).containsEntry("vfe.outcome", "timeout");
        assertThat(run.tags().get("vfe.error")).contains("--trial-timeout 0:20");
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void aSweepRecordsItsParentAndChildRunsOnATrackingServer() throws Exception {
        Path sweep = sweepFile("server-sweep", "  - {label: one, set: {training.batch_size: 16, tracking.journal: "
                + dir.resolve("journal") + "}}\n");
        try (FakeMlflowServer server = new FakeMlflowServer()) {
            String uri = server.uri().toString();

            CliRunner first = CliRunner.run("sweep", sweep.toString(), "--tracking-uri", uri);
            CliRunner second = CliRunner.run("sweep", sweep.toString(), "--tracking-uri", uri);

            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(second.out()).contains("0 to run, 1 finished before");
            assertThat(server.violations()).isEmpty();
            List<StoredRun> runs = Tracker.forUri(uri).findRuns("server-sweep", Map.of());
            StoredRun parent = runs.stream().filter(run -> "sweep".equals(run.tags().get("vfe.role")))
                    .reduce((a, b) -> { throw new AssertionError("two parent runs"); }).orElseThrow();
            assertThat(runs).filteredOn(run -> "trial".equals(run.tags().get("vfe.role"))).singleElement()
                    .satisfies(run -> assertThat(run.tags()).containsEntry("mlflow.parentRunId", parent.runId())
                            .containsEntry("vfe.outcome", "finished").containsEntry("vfe.arm", "one"));
            assertThat(server.calls("runs/create")).hasSize(2);
        }
    }

    @Test
    void aServerLostDuringTrialTwoAndBackSoonEndsEveryRunFinishedWithTheSummary() throws Exception {
        String journal = dir.resolve("journal").toString();
        Path sweep = sweepFile("outage-sweep", "  - {label: one, set: {training.batch_size: 16, tracking.journal: "
                + journal + ", tracking.retry_for: 60}}\n"
                + "  - {label: two, set: {training.batch_size: 8, tracking.journal: " + journal
                + ", tracking.retry_for: 60}}\n");
        try (FakeMlflowServer server = new FakeMlflowServer()) {
            Thread outage = new Thread(() -> {
                // The parent run, trial one, trial two: stop once trial two's run exists, for a few seconds.
                while (server.calls("runs/create").size() < 3) {
                    Thread.onSpinWait();
                }
                server.stop();
                try {
                    Thread.sleep(4000);
                    server.restart();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            outage.start();
            // One trial at a time, so the outage falls in trial two.
            CliRunner result = CliRunner.run("sweep", sweep.toString(), "--tracking-uri", server.uri().toString(),
                    "--max-parallel", "1");
            outage.join();

            assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
            assertThat(result.out()).contains("2 finished").doesNotContain("stopping the running trials");
            assertThat(server.calls("runs/create")).hasSize(3);
            assertThat(server.runIds()).allSatisfy(runId -> assertThat(server.status(runId)).isEqualTo("FINISHED"));
            assertThat(server.runIds()).allSatisfy(runId -> assertThat(server.tags(runId))
                    .containsEntry("vfe.outcome", "finished"));
        }
    }

    private Path sweepFile(String name, String arms) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, "name: " + name + "\nbase: " + SMOKE_BASE + "\n"
                + "set: {training.steps: 4, training.warmup_steps: 1, training.log_every: 2, data.train_clips: 256,"
                + " data.eval_clips: 32}\narms:\n" + arms);
        return file;
    }

    private static List<String> javaCli(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"), VfeCommand.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static List<StoredRun> trialRuns(Path store) {
        LocalStoreReader reader = new LocalStoreReader(store);
        return reader.experiments().stream().flatMap(experiment -> reader.runs(experiment.id()).stream())
                .filter(run -> "trial".equals(run.tags().get("vfe.role"))).toList();
    }

    private static StoredRun trialRun(Path store, String sweep, String label) {
        return trialRuns(store).stream().filter(run -> run.tags().get("vfe.sweep").equals(sweep)
                && run.runName().equals(label)).reduce((a, b) -> b).orElseThrow();
    }

    private static StoredRun onlyParent(Path store, String sweep) {
        LocalStoreReader reader = new LocalStoreReader(store);
        StoredExperiment experiment = reader.experimentByName(sweep).orElseThrow();
        List<StoredRun> parents = reader.runs(experiment.id()).stream()
                .filter(run -> "sweep".equals(run.tags().get("vfe.role"))).toList();
        assertThat(parents).hasSize(1);
        return parents.get(0);
    }

    private static boolean training(Path store, StoredRun run) {
        return !new LocalStoreReader(store).metricHistory(run, "loss").isEmpty();
    }

    private static Predicate<StoredRun> finished() {
        return run -> run.status() == RunStatus.FINISHED && "finished".equals(run.tags().get("vfe.outcome"));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
