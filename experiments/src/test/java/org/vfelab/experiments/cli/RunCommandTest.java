package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.tracking.FakeMlflowServer;
import org.vfelab.tracking.LocalStoreReader;
import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.StoredRun;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("integration")
class RunCommandTest {

    private static final String[] TINY_TRIAL = {"run", "smoke.yaml", "--set", "training.steps=6",
            "--set", "training.warmup_steps=1", "--set", "training.batch_size=4", "--set", "data.frames=4",
            "--set", "data.size=16", "--set", "model.tubelet=[2, 8, 8]", "--set", "data.train_clips=32",
            "--set", "data.eval_clips=8", "--set", "evaluation.recall_at=[1, 5]"};
    private static final String THREE_MISTAKES = Path.of("src/test/resources/three-mistakes.yaml").toString();

    @Test
    void theSmokeExperimentRunsThroughTheRealCliAndLandsInTheLocalStore(@TempDir Path store) {
        CliRunner result = CliRunner.run("run", "smoke.yaml", "--tracking-uri", store.toString(),
                "--set", "training.steps=12", "--set", "training.warmup_steps=2", "--set", "training.log_every=4",
                "--set", "training.batch_size=8", "--set", "data.train_clips=64", "--set", "data.eval_clips=16",
                "--set", "evaluation.recall_at=[1, 5]");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("step     4/12", "T2V R@1", "appearance", "temporal (shuffled frames)",
                "peak training memory");
        LocalStoreReader reader = new LocalStoreReader(store);
        var experiment = reader.experimentByName("smoke").orElseThrow();
        List<StoredRun> runs = reader.runs(experiment.id());
        assertThat(runs).hasSize(1);
        StoredRun run = runs.get(0);
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.tags()).containsEntry("vfe.outcome", "finished").containsEntry("vfe.device", "cpu")
                .containsKey("vfe.trial_key");
        assertThat(run.params()).containsEntry("model.backbone.type", "joint").containsEntry("training.steps", "12")
                .containsEntry("sampling.mask_ratio", "0.0");
        var metrics = reader.metrics(run);
        assertThat(metrics.get("loss")).hasSize(12);
        assertThat(metrics).containsKeys("t2v_recall_at_1", "v2t_recall_at_1", "peak_memory_megabytes",
                "clips_per_second", "temporal/temporal_pair_accuracy", "appearance/t2v_recall_at_1",
                "temporal_shuffled/t2v_recall_at_1", "trainable_parameters", "tokens_per_clip");
        assertThat(metrics.get("peak_memory_megabytes").get(0).value()).isPositive();
        assertThat(reader.artifacts(run)).contains("experiment.yaml");
    }

    @Test
    void aDescriptorWithThreeMistakesFailsBeforeTrainingListingAllThree(@TempDir Path store) throws IOException {
        CliRunner result = CliRunner.run("run", THREE_MISTAKES, "--tracking-uri", store.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).isEqualTo(String.join(System.lineSeparator(),
                THREE_MISTAKES + ": 3 problems",
                "  " + THREE_MISTAKES + ":3:20: model.backbone.type: unknown backbone 'jointt' (known: factorized,"
                        + " frame-attnpool, frame-avg, joint, lora, mlp-adapter, temporal-only;"
                        + " did you mean 'joint'?)",
                "  " + THREE_MISTAKES + ":6:10: training.steps: expected an integer, got 'lots'",
                "  " + THREE_MISTAKES + ":8:31: sampling.mask_ration: unknown key 'mask_ration'"
                        + " (did you mean 'mask_ratio'?)") + System.lineSeparator());
        assertThat(result.out()).isEmpty();
        try (var files = Files.list(store)) {
            assertThat(files).as("nothing may be tracked for an invalid descriptor").isEmpty();
        }
    }

    @Test
    void anUnreachableTrackingServerFailsBeforeTraining() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CliRunner result = CliRunner.run("run", "smoke.yaml", "--tracking-uri", "http://127.0.0.1:" + port);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.TRACKING_UNAVAILABLE);
        assertThat(result.err()).contains("cannot reach MLflow tracking server at http://127.0.0.1:" + port);
        assertThat(result.out()).doesNotContain("step ");
    }

    @Test
    void helpExplainsTheOptions() {
        CliRunner result = CliRunner.run("run", "--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--set", "--tracking-uri", "Exit codes");
    }

    @Test
    void aTrackingServerReceivesTheRunThroughMlflowsRestApi(@TempDir Path journals) throws IOException {
        try (FakeMlflowServer server = new FakeMlflowServer()) {
            CliRunner result = CliRunner.run(concat(TINY_TRIAL, "--tracking-uri", server.uri().toString(),
                    "--set", "tracking.journal=" + journals));

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
            assertThat(server.violations()).isEmpty();
            assertThat(server.calls("runs/create")).singleElement()
                    .satisfies(call -> assertThat(call.json().get("tags").toString()).contains("vfe.trial_key"));
            List<String> metricKeys = server.calls("runs/log-batch").stream()
                    .flatMap(call -> java.util.stream.StreamSupport.stream(call.json().path("metrics").spliterator(),
                            false))
                    .map(metric -> metric.get("key").asText()).toList();
            assertThat(metricKeys).contains("loss", "t2v_recall_at_1", "v2t_recall_at_1", "peak_memory_megabytes",
                    "temporal/temporal_pair_accuracy");
            assertThat(server.received()).anySatisfy(call -> {
                assertThat(call.method()).isEqualTo("PUT");
                assertThat(call.path()).endsWith("/artifacts/experiment.yaml");
            });
            assertThat(server.calls("runs/update")).last()
                    .satisfies(call -> assertThat(call.json().get("status").asText()).isEqualTo("FINISHED"));
            String runId = server.runIds().get(0);
            assertThat(server.tags(runId)).containsEntry("vfe.descriptor",
                    "mlflow-artifacts:/1/" + runId + "/artifacts/experiment.yaml");
            assertThat(result.err()).doesNotContain("WARN", "Retrying");
        }
    }

    @Test
    void aTrackingServerThatDiesMidRunCostsNoTrainingAndNamesTheJournalToSync(@TempDir Path journals)
            throws Exception {
        FakeMlflowServer server = new FakeMlflowServer();
        Thread killer = new Thread(() -> {
            while (server.calls("runs/log-batch").isEmpty()) {
                Thread.onSpinWait();
            }
            server.close();
        });
        killer.start();
        CliRunner result = CliRunner.run(concat(TINY_TRIAL, "--tracking-uri", server.uri().toString(),
                "--set", "tracking.journal=" + journals, "--set", "tracking.retry_for=2"));
        killer.join();

        assertThat(result.exitCode()).isEqualTo(ExitCodes.TRACKING_UNAVAILABLE);
        assertThat(result.out()).contains("step     6/6", "T2V R@1", "peak training memory");
        assertThat(result.err()).contains("is incomplete in its tracking store")
                .contains("vfe runs sync " + journals);
    }

    @Test
    void aServerStoppedAndRestartedDuringARealRunReceivesEveryMetricPointOnce(@TempDir Path journals)
            throws Exception {
        try (FakeMlflowServer server = new FakeMlflowServer()) {
            Thread outage = new Thread(() -> {
                while (server.calls("runs/log-batch").size() < 2) {
                    Thread.onSpinWait();
                }
                server.stop();
                sleep(2500);
                try {
                    server.restart();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            outage.start();
            CliRunner result = CliRunner.run(concat(TINY_TRIAL, "--tracking-uri", server.uri().toString(),
                    "--set", "tracking.journal=" + journals, "--set", "training.steps=40",
                    "--set", "tracking.retry_for=60"));
            outage.join();

            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
            assertThat(result.err()).contains("tracking was interrupted and caught up");
            String runId = server.runIds().get(0);
            assertThat(server.points(runId, "loss")).extracting(point -> point.path("step").asLong())
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
            assertThat(server.points(runId, "peak_memory_megabytes")).hasSize(1);
            assertThat(server.status(runId)).isEqualTo("FINISHED");
            assertThat(server.artifact("/" + runId + "/artifacts/checkpoint.zip")).isPresent();
        }
    }

    @Test
    void aPortThatNeverAnswersFailsTheRunNamingTheUrl(@TempDir Path journals) throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            CliRunner result = CliRunner.run(concat(TINY_TRIAL, "--tracking-uri", "http://127.0.0.1:"
                    + silent.getLocalPort(), "--set", "tracking.journal=" + journals,
                    "--set", "tracking.request_timeout=1"));

            assertThat(result.exitCode()).isEqualTo(ExitCodes.TRACKING_UNAVAILABLE);
            assertThat(result.err()).contains("http://127.0.0.1:" + silent.getLocalPort(),
                    "no answer within the request timeout", "GET /api/2.0/mlflow/experiments/get-by-name");
            assertThat(result.out()).doesNotContain("step ");
        }
    }

    @Test
    void aJournalLeftByAKilledRunSyncsAsKilledAndASecondSyncIsANoOp(@TempDir Path journals) throws Exception {
        try (FakeMlflowServer server = new FakeMlflowServer()) {
            List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                    "java").toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    VfeCommand.class.getName()));
            command.addAll(List.of(concat(TINY_TRIAL, "--tracking-uri", server.uri().toString(),
                    "--set", "tracking.journal=" + journals, "--set", "training.steps=2000")));
            Process run = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(journals.resolve("run.log").toFile()).start();
            try {
                while (server.calls("runs/log-batch").size() < 3 && run.isAlive()) {
                    sleep(50);
                }
            } finally {
                run.destroyForcibly().waitFor();
            }
            String runId = server.runIds().get(0);
            assertThat(server.status(runId)).isEqualTo("RUNNING");

            CliRunner listed = CliRunner.run("runs", "list-unsynced", "--journal-dir", journals.toString());
            CliRunner first = CliRunner.run("runs", "sync", "--journal-dir", journals.toString());
            int requests = server.received().size();
            CliRunner second = CliRunner.run("runs", "sync", "--journal-dir", journals.toString());

            assertThat(listed.out()).contains(runId, "its process died before closing it");
            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(first.out()).contains("run " + runId, "recorded as killed");
            assertThat(server.status(runId)).isEqualTo("KILLED");
            assertThat(server.tags(runId)).containsEntry("vfe.outcome", "killed");
            List<Long> steps = server.points(runId, "loss").stream().map(point -> point.path("step").asLong())
                    .toList();
            assertThat(steps).isNotEmpty().containsExactlyElementsOf(java.util.stream.LongStream
                    .rangeClosed(1, steps.size()).boxed().toList());
            assertThat(second.out()).contains("nothing to sync");
            assertThat(server.received()).hasSize(requests);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aDivergedTrialIsRecordedAsSuch(@TempDir Path store) {
        CliRunner result = CliRunner.run(concat(TINY_TRIAL, "--tracking-uri", store.toString(),
                "--set", "training.lr=1e30", "--set", "training.warmup_steps=0", "--set", "training.steps=40"));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.TRIAL_FAILED);
        LocalStoreReader reader = new LocalStoreReader(store);
        StoredRun run = reader.runs(reader.experimentByName("smoke").orElseThrow().id()).get(0);
        assertThat(run.tags()).containsEntry("vfe.outcome", "diverged");
        assertThat(run.tags().get("vfe.error")).startsWith("the loss became ");
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    }

    private static String[] concat(String[] first, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(more))
                .toArray(String[]::new);
    }
}
