package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.core.tracking.LocalStoreReader;
import org.vfelab.core.tracking.RunStatus;
import org.vfelab.core.tracking.StoredRun;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunCommandTest {

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
                "  " + THREE_MISTAKES + ":3:20: model.backbone.type: unknown backbone 'jointt' (known: joint)"
                        + " did you mean 'joint'?",
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
}
