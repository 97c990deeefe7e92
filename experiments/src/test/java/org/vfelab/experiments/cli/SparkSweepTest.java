package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.tracking.FakeMlflowServer;
import org.vfelab.tracking.LocalStoreReader;
import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.StoredRun;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.sweep.SweepFiles;
import org.vfelab.experiments.sweep.SweepPlan;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sweeps whose trials run as tasks of a real Spark application in local mode, through the real CLI: the smoke sweep
 * (cut to a few steps) is recorded and resumed like the local runner's, a stage of a chain starts from its parent's
 * checkpoint, a task that cannot start its trial is that trial's error, and Spark that cannot start is a clear error
 * before anything runs, as is a standalone master that does not answer.
 */
@Tag("integration")
class SparkSweepTest {

    private static final String SMOKE_BASE = Path.of("smoke.yaml").toAbsolutePath().toString();
    /** An image model and a video model that starts from it, small enough to train in seconds (StageChainRunTest). */
    private static final String TINY_CHAIN = "set: {training.steps: 10, training.warmup_steps: 1, "
            + "training.log_every: 5, training.batch_size: 4, data.frames: 4, data.size: 16, data.train_clips: 32, "
            + "data.eval_clips: 8, evaluation.recall_at: [1, 5]}\narms:\n"
            + "  - {label: image, id: image, base: " + Path.of("image-pretrain.yaml").toAbsolutePath() + "}\n"
            + "  - {label: video, base: " + SMOKE_BASE + ", set: {model.init_from: \"@image\", "
            + "model.backbone.type: lora}}\n";
    /** The tags the local runner's trials have (TrialHistory.childTags plus what the trial's JVM adds). */
    private static final Set<String> TRIAL_TAGS = Set.of("mlflow.parentRunId", "vfe.sweep", "vfe.arm",
            "vfe.trial_key", "vfe.role", "vfe.device", "vfe.outcome", "vfe.descriptor", "vfe.backend", "vfe.executor",
            "vfe.host");

    @TempDir
    Path dir;

    @Test
    void theSmokeSweepRunsAsSparkTasksAndASecondInvocationRunsNothing() throws Exception {
        Path store = dir.resolve("mlruns");
        Path sweep = smokeSweep();
        List<PlannedTrial> plan = SweepPlan.expand(SweepFiles.load(sweep));
        String[] args = {"sweep", sweep.toString(), "--executor", "spark", "--master", "local[2]", "--tracking-uri",
            store.toString()};

        CliRunner first = CliRunner.run(args);

        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("4 to run, 0 finished before, on 2 x cpu, as Spark tasks of application",
                "on local[2]", "4 finished");
        StoredRun parent = onlyParent(store);
        List<StoredRun> trials = trialRuns(store);
        assertThat(trials).hasSize(4).allSatisfy(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
            assertThat(run.tags()).containsEntry("vfe.outcome", "finished")
                    .containsEntry("mlflow.parentRunId", parent.runId()).containsEntry("vfe.sweep", "smoke-sweep")
                    .containsEntry("vfe.role", "trial").containsEntry("vfe.device", "cpu")
                    .containsEntry("vfe.executor", "driver");
            assertThat(run.tags().keySet().stream().filter(tag -> tag.startsWith("vfe.")
                    || tag.equals("mlflow.parentRunId")).collect(Collectors.toSet())).isEqualTo(TRIAL_TAGS);
            assertThat(log(store, run)).startsWith("vfe: Spark executor driver on ").contains("step     4/4");
        });
        assertThat(trials.stream().map(run -> run.tags().get("vfe.trial_key")))
                .containsExactlyInAnyOrderElementsOf(plan.stream().map(PlannedTrial::key).toList());
        assertThat(trials.stream().map(run -> run.tags().get("vfe.arm")))
                .containsExactlyInAnyOrderElementsOf(plan.stream().map(PlannedTrial::arm).toList());
        assertThat(trials).as("local[2] runs two trials at once").anySatisfy(one -> assertThat(trials)
                .anySatisfy(other -> assertThat(other.runId().equals(one.runId()) || other.startTime()
                        >= one.endTime().orElseThrow() || one.startTime() >= other.endTime().orElseThrow()).isFalse()));
        assertThat(parent.status()).isEqualTo(RunStatus.FINISHED);

        CliRunner again = CliRunner.run(args);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 to run, 4 finished before, on 2 x cpu (Spark not started: nothing to run)");
        assertThat(trialRuns(store)).hasSize(4);
    }

    @Test
    void aStageRunsAsASparkTaskFromItsParentsCheckpointFetchedOnTheExecutor() throws Exception {
        Path store = dir.resolve("mlruns");
        Path sweep = dir.resolve("chain-sweep.yaml");
        Files.writeString(sweep, "name: chain-sweep\n" + TINY_CHAIN);
        Map<String, PlannedTrial> plan = SweepPlan.expand(SweepFiles.load(sweep)).stream()
                .collect(Collectors.toMap(PlannedTrial::label, trial -> trial));

        CliRunner result = CliRunner.run("sweep", sweep.toString(), "--executor", "spark", "--master", "local[2]",
                "--tracking-uri", store.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        StoredRun image = trialRuns(store).stream().filter(run -> run.runName().equals("image")).findFirst()
                .orElseThrow();
        StoredRun video = trialRuns(store).stream().filter(run -> run.runName().equals("video")).findFirst()
                .orElseThrow();
        assertThat(video.startTime()).isGreaterThanOrEqualTo(image.endTime().orElseThrow());
        assertThat(video.tags()).containsEntry("vfe.outcome", "finished").containsEntry("vfe.parents", image.runId())
                .containsEntry("vfe.trial_key", plan.get("video").key());
        assertThat(video.params()).containsEntry("model.init_from", "@" + plan.get("image").key());
        assertThat(log(store, video)).contains("vfe: weights from model.init_from: copied ");
    }

    @Test
    void aTaskThatCannotStartItsTrialIsThatTrialsErrorAndTheOthersStillRun() throws Exception {
        Path store = dir.resolve("mlruns");
        Path sweep = sweepFile("lost-sweep", "arms:\n  - {label: one, set: {training.batch_size: 16}}\n"
                + "  - {label: two, set: {training.batch_size: 8}}\n");

        // A NUL in the trials' JVM options: the executor cannot start the JVM, so the Spark task itself fails.
        CliRunner result = CliRunner.run("sweep", sweep.toString(), "--executor", "spark", "--master", "local[1]",
                "--tracking-uri", store.toString(), "--trial-jvm-options", "-Dvfe.broken=a\u0000b");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.TRIAL_FAILED);
        assertThat(result.out()).contains("2 error");
        assertThat(trialRuns(store)).hasSize(2).allSatisfy(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.tags()).containsEntry("vfe.outcome", "error");
            assertThat(run.tags().get("vfe.error")).contains("its Spark task failed", "Lost task",
                    "cannot start the trial's JVM", "invalid null character");
        });
    }

    @Test
    void sparkThatCannotStartIsAClearErrorBeforeAnyRun() throws Exception {
        Path store = dir.resolve("mlruns");
        Path sweep = sweepFile("no-spark-sweep", "arms:\n  - {label: one, set: {training.batch_size: 16}}\n");

        CliRunner result = CliRunner.run("sweep", sweep.toString(), "--executor", "spark", "--master", "local[2]",
                "--conf", "spark.task.cpus=4", "--tracking-uri", store.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.SPARK_UNAVAILABLE);
        assertThat(result.err()).contains("vfe sweep: Spark failed to start with master local[2]:");
        assertThat(result.out()).doesNotContain("to run");
        assertThat(new LocalStoreReader(store).experiments()).isEmpty();
    }

    @Test
    void aMasterThatIsNotThereIsExitCode4BeforeAnyRun() throws Exception {
        Path sweep = sweepFile("no-master-sweep", "arms:\n  - {label: one, set: {training.batch_size: 16}}\n");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (FakeMlflowServer server = new FakeMlflowServer()) {

            CliRunner result = CliRunner.run("sweep", sweep.toString(), "--executor", "spark", "--master",
                    "spark://127.0.0.1:" + closedPort, "--tracking-uri", server.uri().toString());

            assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.SPARK_UNAVAILABLE);
            assertThat(result.err()).contains("vfe sweep: no Spark master answers at spark://127.0.0.1:" + closedPort,
                    "vfe cluster start");
            assertThat(server.calls("runs/create")).isEmpty();
        }
    }

    private Path smokeSweep() throws IOException {
        return sweepFile("smoke-sweep", "axes:\n  model.backbone.type: [joint, frame-avg]\n"
                + "  sampling.mask_ratio: [0.0, 0.5]\nlabel: \"{model.backbone.type} mask {sampling.mask_ratio}\"\n");
    }

    /** A sweep on the smoke descriptor, cut to 4 steps as in SweepRunTest so that each trial takes seconds. */
    private Path sweepFile(String name, String trials) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, "name: " + name + "\nbase: " + SMOKE_BASE + "\n"
                + "set: {training.steps: 4, training.warmup_steps: 1, training.log_every: 2, data.train_clips: 256,"
                + " data.eval_clips: 32}\n" + trials);
        return file;
    }

    private static List<StoredRun> trialRuns(Path store) {
        LocalStoreReader reader = new LocalStoreReader(store);
        return reader.experiments().stream().flatMap(experiment -> reader.runs(experiment.id()).stream())
                .filter(run -> "trial".equals(run.tags().get("vfe.role"))).toList();
    }

    private static StoredRun onlyParent(Path store) {
        LocalStoreReader reader = new LocalStoreReader(store);
        List<StoredRun> parents = reader.experiments().stream()
                .flatMap(experiment -> reader.runs(experiment.id()).stream())
                .filter(run -> "sweep".equals(run.tags().get("vfe.role"))).toList();
        assertThat(parents).hasSize(1);
        return parents.get(0);
    }

    private static String log(Path store, StoredRun run) throws IOException {
        return Files.readString(store.resolve(run.experimentId()).resolve(run.runId()).resolve("artifacts/logs/trial.log"),
                StandardCharsets.UTF_8);
    }
}
