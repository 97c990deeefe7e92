package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.tracking.FakeMlflowServer;
import org.vfelab.tracking.TestServers;
import org.vfelab.tracking.LocalStoreReader;
import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.StoredRun;
import org.vfelab.tracking.TrackedRun;
import org.vfelab.tracking.Tracker;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.sweep.SweepFiles;
import org.vfelab.experiments.sweep.SweepPlan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stage chains through the real CLI, each trial in its own JVM: a video model that starts from the image model of
 * the same sweep, on the local store and on a tracking server; a failed parent; a parent without a checkpoint.
 */
@Tag("integration")
class StageChainRunTest {

    private static final String SMOKE = Path.of("smoke.yaml").toAbsolutePath().toString();
    private static final String IMAGE = Path.of("image-pretrain.yaml").toAbsolutePath().toString();
    private static final String TINY = "set: {training.steps: 10, training.warmup_steps: 1, training.log_every: 5, "
            + "training.batch_size: 4, data.frames: 4, data.size: 16, data.train_clips: 32, data.eval_clips: 8, "
            + "evaluation.recall_at: [1, 5]}\n";
    private static final String IMAGE_TO_VIDEO = "  - {label: image, id: image, base: " + IMAGE + "}\n"
            + "  - {label: video, base: " + SMOKE + ", set: {model.init_from: \"@image\", "
            + "model.backbone.type: lora}}\n";

    @TempDir
    Path dir;

    @Test
    void aStageStartsFromItsParentsCheckpointAndAFailedParentSkipsItsChild() throws Exception {
        Path store = dir.resolve("mlruns");
        Path sweep = sweepFile("chain-sweep", IMAGE_TO_VIDEO
                + "  - {label: bad, id: bad, base: " + IMAGE + ", set: {training.lr: 1e30, training.warmup_steps: 0}}\n"
                + "  - {label: after bad, base: " + SMOKE + ", set: {model.init_from: \"@bad\"}}\n");
        Map<String, PlannedTrial> plan = plan(sweep);
        String[] args = {"sweep", sweep.toString(), "--tracking-uri", store.toString(), "--max-parallel", "2"};

        CliRunner first = CliRunner.run(args);

        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).as(first.err()).contains("2 finished, 1 diverged, 1 skipped-parent");
        StoredRun image = run(store, "image");
        StoredRun video = run(store, "video");
        StoredRun bad = run(store, "bad");
        assertThat(video.startTime()).as("the stage started after its parent ended")
                .isGreaterThanOrEqualTo(image.endTime().orElseThrow());
        assertThat(bad.startTime()).as("an independent trial ran beside the parent")
                .isLessThan(image.endTime().orElseThrow());
        assertThat(video.tags()).containsEntry("vfe.outcome", "finished").containsEntry("vfe.parents", image.runId())
                .containsEntry("vfe.trial_key", plan.get("video").key());
        assertThat(video.params()).as("params name the parent trial, not a path on this machine")
                .containsEntry("model.init_from", "@" + plan.get("image").key());
        assertThat(artifact(store, video, "logs/trial.log")).contains("vfe: weights from model.init_from: copied ",
                "inflated 1, ");
        assertThat(artifact(store, video, "experiment.yaml")).contains("init_from: " + store.toAbsolutePath()
                .resolve(image.experimentId()).resolve(image.runId()).resolve("artifacts/checkpoint.zip"));
        StoredRun skipped = run(store, "after bad");
        assertThat(skipped.tags()).containsEntry("vfe.outcome", "skipped-parent")
                .containsEntry("vfe.error", "its parent 'bad' ended diverged");
        assertThat(skipped.status()).isEqualTo(RunStatus.KILLED);
        assertThat(new LocalStoreReader(store).artifacts(skipped)).as("never launched").isEmpty();

        CliRunner second = CliRunner.run(args);

        assertThat(second.out()).contains("1 to run, 2 finished before, 1 failed before")
                .doesNotContain("started on").contains("after bad: skipped-parent");
        assertThat(trialRuns(store)).hasSize(5).filteredOn(run -> "finished".equals(run.tags().get("vfe.outcome")))
                .hasSize(2);
    }

    @Test
    void onATrackingServerTheParentsCheckpointIsDownloadedAndAParentWithoutOneFailsOnlyItsChild() throws Exception {
        Path sweep = sweepFile("server-chain", IMAGE_TO_VIDEO
                + "  - {label: legacy, id: legacy, base: " + IMAGE + ", set: {training.lr: 0.001}}\n"
                + "  - {label: from legacy, base: " + SMOKE + ", set: {model.init_from: \"@legacy\"}}\n");
        Map<String, PlannedTrial> plan = plan(sweep);
        try (FakeMlflowServer server = new FakeMlflowServer()) {
            String uri = server.uri().toString();
            Tracker tracker = Tracker.forUri(uri, TestServers.options(dir.resolve("journal")));
            String legacy;
            // A parent that finished before stage chains existed: no checkpoint artifact.
            try (TrackedRun run = tracker.startRun("server-chain", "legacy", Map.of("vfe.sweep", "server-chain",
                    "vfe.role", "trial", "vfe.trial_key", plan.get("legacy").key(), "vfe.outcome", "finished"))) {
                legacy = run.runId();
                run.end(RunStatus.FINISHED);
            }

            CliRunner result = CliRunner.run("sweep", sweep.toString(), "--tracking-uri", uri);

            assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.TRIAL_FAILED);
            assertThat(result.out()).contains("3 finished, 1 error");
            assertThat(server.violations()).isEmpty();
            List<StoredRun> runs = tracker.findRuns("server-chain", Map.of("vfe.role", "trial"));
            StoredRun image = named(runs, "image");
            assertThat(named(runs, "video").tags()).containsEntry("vfe.outcome", "finished")
                    .containsEntry("vfe.parents", image.runId());
            assertThat(server.received()).anySatisfy(call -> assertThat(call.method() + " " + call.path())
                    .isEqualTo("GET /api/2.0/mlflow-artifacts/artifacts/1/" + image.runId()
                            + "/artifacts/checkpoint.zip"));
            StoredRun orphan = named(runs, "from legacy");
            assertThat(orphan.tags()).containsEntry("vfe.outcome", "error");
            assertThat(orphan.tags().get("vfe.error")).contains("its parent 'legacy' (run " + legacy
                    + ") finished without a checkpoint.zip artifact");
        }
    }

    @Test
    void aSweepReusingAnotherCopiesItsFinishedStageAndStartsANewStageFromTheCopiedCheckpoint() throws Exception {
        Path store = dir.resolve("mlruns");
        Path first = sweepFile("first", IMAGE_TO_VIDEO);
        Path second = sweepFile("second", IMAGE_TO_VIDEO + "  - {label: adapters, base: " + SMOKE
                + ", set: {model.init_from: \"@image\", model.backbone.type: mlp-adapter}}\n");
        CliRunner firstRun = CliRunner.run("sweep", first.toString(), "--tracking-uri", store.toString());
        assertThat(firstRun.exitCode()).as(firstRun.out() + firstRun.err()).isZero();

        CliRunner secondRun = CliRunner.run("sweep", second.toString(), "--tracking-uri", store.toString(),
                "--reuse-from", "first");

        assertThat(secondRun.exitCode()).as(secondRun.out() + secondRun.err()).isZero();
        assertThat(secondRun.out()).contains("1 to run, 0 finished before, 2 reused from other sweeps")
                .contains("reused from first/").contains("3 finished");
        List<StoredRun> runs = trialRuns(store);
        StoredRun firstImage = runs.stream().filter(run -> run.tags().get("vfe.sweep").equals("first")
                && run.runName().equals("image")).findFirst().orElseThrow();
        StoredRun copiedImage = runs.stream().filter(run -> run.tags().get("vfe.sweep").equals("second")
                && run.runName().equals("image")).findFirst().orElseThrow();
        assertThat(copiedImage.tags()).containsEntry("vfe.reused_from", "first/" + firstImage.runId())
                .containsEntry("vfe.outcome", "finished");
        StoredRun adapters = run(store, "adapters");
        assertThat(adapters.tags()).containsEntry("vfe.outcome", "finished")
                .containsEntry("vfe.parents", copiedImage.runId()).doesNotContainKey("vfe.reused_from");
        assertThat(artifact(store, adapters, "experiment.yaml")).contains("init_from: " + store.toAbsolutePath()
                .resolve(copiedImage.experimentId()).resolve(copiedImage.runId()).resolve("artifacts/checkpoint.zip"));

        CliRunner third = CliRunner.run("sweep", second.toString(), "--tracking-uri", store.toString(),
                "--reuse-from", "first");
        assertThat(third.out()).as("copies count as the sweep's own finished trials")
                .contains("0 to run, 3 finished before,");
    }

    private Path sweepFile(String name, String arms) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        // Journals of runs on a tracking server stay in the test's folder.
        String set = TINY.replace("}\n", ", tracking.journal: " + dir.resolve("journal") + "}\n");
        Files.writeString(file, "name: " + name + "\n" + set + "arms:\n" + arms);
        return file;
    }

    private static Map<String, PlannedTrial> plan(Path sweep) {
        return SweepPlan.expand(SweepFiles.load(sweep)).stream()
                .collect(Collectors.toMap(PlannedTrial::label, trial -> trial));
    }

    private static List<StoredRun> trialRuns(Path store) {
        LocalStoreReader reader = new LocalStoreReader(store);
        return reader.experiments().stream().flatMap(experiment -> reader.runs(experiment.id()).stream())
                .filter(run -> "trial".equals(run.tags().get("vfe.role"))).toList();
    }

    private static StoredRun run(Path store, String label) {
        return named(trialRuns(store), label);
    }

    private static StoredRun named(List<StoredRun> runs, String label) {
        return runs.stream().filter(run -> run.runName().equals(label)).reduce((a, b) -> b).orElseThrow();
    }

    private static String artifact(Path store, StoredRun run, String path) throws IOException {
        return Files.readString(store.resolve(run.experimentId()).resolve(run.runId()).resolve("artifacts")
                .resolve(path), StandardCharsets.UTF_8);
    }
}
