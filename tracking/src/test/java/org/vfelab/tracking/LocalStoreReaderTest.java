package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreReaderTest {
    @TempDir
    Path temp;

    @Test
    void readsBackWhatTheFileStoreWrote() {
        Path root = temp.resolve("mlruns");
        long before = System.currentTimeMillis();
        String runId;
        try (TrackedRun run = new LocalFileStore(root).startRun("vfe-smoke", "joint-k8", Map.of("vfe.arm", "joint"))) {
            runId = run.runId();
            run.logParams(Map.of("optimizer.lr", "0.001"));
            for (int step = 0; step < 3; step++) {
                run.logMetric("loss", 3.0 - step, step);
            }
            run.logMetric("temporal/t2v_recall_at_1", Double.POSITIVE_INFINITY, 2);
            run.logMetric("temporal_pair_accuracy", Double.NaN, 2);
            run.logArtifact("logs/trial.log", "x".getBytes(StandardCharsets.UTF_8));
            run.logArtifact("experiment.yaml", "y".getBytes(StandardCharsets.UTF_8));
            run.end(RunStatus.FINISHED);
        }
        long after = System.currentTimeMillis();

        LocalStoreReader reader = new LocalStoreReader(root);
        StoredExperiment experiment = reader.experimentByName("vfe-smoke").orElseThrow();
        assertThat(reader.experimentByName("missing")).isEmpty();
        StoredRun run = reader.runs(experiment.id()).get(0);
        assertThat(run.runId()).isEqualTo(runId);
        assertThat(run.runName()).isEqualTo("joint-k8");
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.startTime()).isBetween(before, after);
        assertThat(run.params()).isEqualTo(Map.of("optimizer.lr", "0.001"));
        assertThat(run.tags()).containsEntry("vfe.arm", "joint").containsEntry("mlflow.runName", "joint-k8");

        Map<String, List<MetricPoint>> metrics = reader.metrics(run);
        assertThat(metrics).containsOnlyKeys("loss", "temporal/t2v_recall_at_1", "temporal_pair_accuracy");
        assertThat(metrics.get("loss")).extracting(MetricPoint::step, MetricPoint::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 3.0),
                        org.assertj.core.groups.Tuple.tuple(1L, 2.0), org.assertj.core.groups.Tuple.tuple(2L, 1.0));
        assertThat(metrics.get("loss")).allSatisfy(point -> assertThat(point.timestamp()).isBetween(before, after));
        assertThat(reader.metricHistory(run, "temporal/t2v_recall_at_1")).singleElement()
                .extracting(MetricPoint::value).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(metrics.get("temporal_pair_accuracy").get(0).value()).isNaN();
        assertThat(reader.metricHistory(run, "never_logged")).isEmpty();
        assertThat(reader.artifacts(run)).containsExactly("experiment.yaml", "logs/trial.log");
    }

    @Test
    void readsAStoreWrittenByMlflowItself() throws URISyntaxException {
        LocalStoreReader reader = new LocalStoreReader(fixture());

        assertThat(reader.experiments()).extracting(StoredExperiment::id, StoredExperiment::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0", "Default"),
                        org.assertj.core.groups.Tuple.tuple("1", "legacy"),
                        org.assertj.core.groups.Tuple.tuple("412345678901234567", "vfe-smoke"));

        List<StoredRun> runs = reader.runs("412345678901234567");
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.runId()).isEqualTo("5f0c1c6d2a2b4c0f9f1f0e6c1b7a9d3e");
            assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
            assertThat(run.endTime()).isEqualTo(OptionalLong.of(1717171800000L));
            assertThat(run.userId()).isEqualTo("lab");
            assertThat(run.params()).containsEntry("optimizer.lr", "0.001").containsEntry("model.backbone", "joint");
            assertThat(run.tags()).containsEntry("mlflow.source.name", "train.py");
        });
        StoredRun run = runs.get(0);
        assertThat(reader.metricHistory(run, "loss")).extracting(MetricPoint::value)
                .containsExactly(2.5, Double.NaN, Double.POSITIVE_INFINITY, 1e-5);
        assertThat(reader.metricHistory(run, "loss").get(3).timestamp()).isEqualTo(1717171704000L);
        assertThat(reader.metrics(run)).containsOnlyKeys("loss", "temporal/t2v_recall_at_1");
        assertThat(reader.artifacts(run)).containsExactly("experiment.yaml", "logs/trial.log");

        StoredRun legacy = reader.runs("1").get(0);
        assertThat(legacy.runId()).isEqualTo("aaaabbbbccccddddeeeeffff00001111");
        assertThat(legacy.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(legacy.endTime()).isEmpty();
        assertThat(reader.metricHistory(legacy, "accuracy")).extracting(MetricPoint::step, MetricPoint::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 0.75),
                        org.assertj.core.groups.Tuple.tuple(0L, 0.5));
    }

    @Test
    void aMalformedMetricLineIsReportedWithFileAndLine() throws IOException {
        Path root = temp.resolve("mlruns");
        StoredRun run;
        try (TrackedRun written = new LocalFileStore(root).startRun("vfe-smoke", "a", Map.of())) {
            written.logMetric("loss", 1.0, 0);
            written.end(RunStatus.FINISHED);
            run = new LocalStoreReader(root).runs(written.experimentId()).get(0);
        }
        Path file = root.resolve(run.experimentId()).resolve(run.runId()).resolve("metrics/loss");
        Files.writeString(file, "17 oops 1\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> new LocalStoreReader(root).metrics(run))
                .isInstanceOf(TrackingException.class)
                .hasMessageContaining("malformed metric line 2 of " + file);
    }

    @Test
    void aMissingStoreHasNoExperiments() {
        assertThat(new LocalStoreReader(temp.resolve("nothing-here")).experiments()).isEmpty();
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(LocalStoreReaderTest.class.getResource("/tracking/mlflow-written/0/meta.yaml").toURI())
                .getParent().getParent();
    }
}
