package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileStoreTest {
    private static final String USER = System.getProperty("user.name");

    @TempDir
    Path temp;

    @Test
    void writesExactlyMlflowFileStoreLayout() throws IOException {
        Path root = temp.resolve("mlruns");
        long before = System.currentTimeMillis();
        String runId;
        String experimentId;
        try (TrackedRun run = Tracker.forUri(root.toString()).startRun("vfe-smoke", "joint-k8",
                Map.of("vfe.arm", "joint"))) {
            runId = run.runId();
            experimentId = run.experimentId();
            run.logParams(Map.of("optimizer.lr", "0.001", "model.backbone", "joint"));
            run.logMetric("loss", 2.5, 0);
            run.logMetric("loss", 1.25, 1);
            run.logMetric("loss", 1e-5, 2);
            run.logMetric("temporal/t2v_recall_at_1", 0.5, 2);
            run.logMetric("temperature", Double.NaN, 2);
            run.setTag("vfe.outcome", "ok");
            run.logArtifact("logs/trial.log", "step 1\n".getBytes(StandardCharsets.UTF_8));
            run.end(RunStatus.FINISHED);
        }
        long after = System.currentTimeMillis();
        assertThat(runId).matches("[0-9a-f]{32}");
        assertThat(experimentId).matches("[1-9][0-9]{17}");
        String rootUri = "file://" + root;

        assertThat(root.resolve(".trash")).isDirectory();
        assertThat(Files.readString(root.resolve("0/meta.yaml"))).matches("artifact_location: " + Pattern.quote(rootUri)
                + "/0\ncreation_time: \\d{13}\nexperiment_id: '0'\nlast_update_time: \\d{13}\nlifecycle_stage: "
                + "active\nname: Default\n");
        String experimentMeta = Files.readString(root.resolve(experimentId).resolve("meta.yaml"));
        long created = firstNumber(experimentMeta, "creation_time: (\\d+)");
        assertThat(created).isBetween(before, after);
        assertThat(experimentMeta).isEqualTo("artifact_location: " + rootUri + "/" + experimentId + "\n"
                + "creation_time: " + created + "\nexperiment_id: '" + experimentId + "'\nlast_update_time: "
                + created + "\nlifecycle_stage: active\nname: vfe-smoke\n");

        Path runDir = root.resolve(experimentId).resolve(runId);
        String runMeta = Files.readString(runDir.resolve("meta.yaml"));
        long start = firstNumber(runMeta, "start_time: (\\d+)");
        long end = firstNumber(runMeta, "end_time: (\\d+)");
        assertThat(start).isBetween(before, end);
        assertThat(end).isBetween(start, after);
        assertThat(runMeta).isEqualTo("artifact_uri: " + rootUri + "/" + experimentId + "/" + runId + "/artifacts\n"
                + "end_time: " + end + "\nentry_point_name: ''\nexperiment_id: '" + experimentId + "'\n"
                + "lifecycle_stage: active\nrun_id: " + runId + "\nrun_name: joint-k8\nrun_uuid: " + runId + "\n"
                + "source_name: ''\nsource_type: 4\nsource_version: ''\nstart_time: " + start + "\nstatus: 3\n"
                + "tags: []\nuser_id: " + USER + "\n");

        assertThat(lines(runDir.resolve("metrics/loss"))).hasSize(3).satisfies(lines -> {
            assertThat(lines.get(0)).matches("\\d{13} 2\\.5 0");
            assertThat(lines.get(1)).matches("\\d{13} 1\\.25 1");
            assertThat(lines.get(2)).matches("\\d{13} 1e-05 2");
        });
        assertThat(Files.readString(runDir.resolve("metrics/loss"))).endsWith(" 1e-05 2\n");
        assertThat(lines(runDir.resolve("metrics/temporal/t2v_recall_at_1"))).singleElement().asString()
                .matches("\\d{13} 0\\.5 2");
        assertThat(lines(runDir.resolve("metrics/temperature"))).singleElement().asString().matches("\\d{13} nan 2");
        assertThat(Files.readString(runDir.resolve("params/optimizer.lr"))).isEqualTo("0.001");
        assertThat(Files.readString(runDir.resolve("params/model.backbone"))).isEqualTo("joint");
        assertThat(fileNames(runDir.resolve("tags"))).containsExactlyInAnyOrder("mlflow.runName", "mlflow.user",
                "mlflow.source.name", "mlflow.source.type", "vfe.arm", "vfe.outcome");
        assertThat(Files.readString(runDir.resolve("tags/mlflow.runName"))).isEqualTo("joint-k8");
        assertThat(Files.readString(runDir.resolve("tags/mlflow.user"))).isEqualTo(USER);
        assertThat(Files.readString(runDir.resolve("tags/mlflow.source.type"))).isEqualTo("LOCAL");
        assertThat(Files.readString(runDir.resolve("tags/vfe.outcome"))).isEqualTo("ok");
        assertThat(Files.readString(runDir.resolve("artifacts/logs/trial.log"))).isEqualTo("step 1\n");
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".tmp-"));
        }
    }

    @Test
    void aStartedRunIsWrittenAsMlflowCreatesIt() throws IOException {
        Path root = temp.resolve("mlruns");
        try (TrackedRun run = new LocalFileStore(root).startRun("vfe-smoke", "a", Map.of())) {
            Path runDir = root.resolve(run.experimentId()).resolve(run.runId());
            assertThat(Files.readString(runDir.resolve("meta.yaml")))
                    .startsWith("artifact_uri: file://" + root + "/" + run.experimentId() + "/" + run.runId()
                            + "/artifacts\ndeleted_time: null\nend_time: null\n")
                    .contains("\nstatus: 1\n");
            assertThat(runDir.resolve("metrics")).isEmptyDirectory();
            assertThat(runDir.resolve("params")).isEmptyDirectory();
            assertThat(runDir.resolve("artifacts")).isEmptyDirectory();
        }
    }

    @Test
    void runsOfOneExperimentNameShareTheExperiment() {
        Tracker tracker = new LocalFileStore(temp.resolve("mlruns"));
        try (TrackedRun a = tracker.startRun("vfe-smoke", "a", Map.of());
             TrackedRun b = tracker.startRun("vfe-smoke", "b", Map.of());
             TrackedRun other = tracker.startRun("vfe-ablation", "c", Map.of())) {
            assertThat(b.experimentId()).isEqualTo(a.experimentId());
            assertThat(other.experimentId()).isNotEqualTo(a.experimentId());
        }
        assertThat(new LocalStoreReader(temp.resolve("mlruns")).experiments())
                .extracting(StoredExperiment::name).containsExactlyInAnyOrder("Default", "vfe-smoke", "vfe-ablation");
    }

    @Test
    void closeWithoutEndMarksTheRunFailedAndEndIsIdempotent() {
        Path root = temp.resolve("mlruns");
        Tracker tracker = new LocalFileStore(root);
        try (TrackedRun crashed = tracker.startRun("vfe-smoke", "crashed", Map.of())) {
            crashed.logMetric("loss", 1.0, 0);
        }
        try (TrackedRun done = tracker.startRun("vfe-smoke", "done", Map.of())) {
            done.end(RunStatus.FINISHED);
            done.end(RunStatus.KILLED);
            assertThatThrownBy(() -> done.logMetric("loss", 1.0, 1)).isInstanceOf(IllegalStateException.class);
        }
        LocalStoreReader reader = new LocalStoreReader(root);
        String experimentId = reader.experimentByName("vfe-smoke").orElseThrow().id();
        assertThat(reader.runs(experimentId)).extracting(StoredRun::runName, StoredRun::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("crashed", RunStatus.FAILED),
                        org.assertj.core.groups.Tuple.tuple("done", RunStatus.FINISHED));
        assertThat(reader.runs(experimentId)).allSatisfy(run -> assertThat(run.endTime()).isPresent());
    }

    @Test
    void paramsAreImmutableAsInMlflow() {
        try (TrackedRun run = new LocalFileStore(temp.resolve("mlruns")).startRun("vfe-smoke", "a", Map.of())) {
            run.logParams(Map.of("optimizer.lr", "0.001"));
            run.logParams(Map.of("optimizer.lr", "0.001"));
            assertThatThrownBy(() -> run.logParams(Map.of("optimizer.lr", "0.1")))
                    .isInstanceOf(TrackingException.class)
                    .hasMessageContaining("param 'optimizer.lr'")
                    .hasMessageContaining("already logged as '0.001'");
        }
    }

    @Test
    void keysThatWouldEscapeTheRunDirectoryAreRefused() {
        try (TrackedRun run = new LocalFileStore(temp.resolve("mlruns")).startRun("vfe-smoke", "a", Map.of())) {
            assertThatThrownBy(() -> run.logMetric("../../escaped", 1.0, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../../escaped");
            assertThatThrownBy(() -> run.logArtifact("../meta.yaml", new byte[0]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(temp.resolve("mlruns").resolve("escaped")).doesNotExist();
    }

    @Test
    void renamingThroughTheRunNameTagUpdatesMetaYamlAsMlflowDoes() throws IOException {
        Path root = temp.resolve("mlruns");
        try (TrackedRun run = new LocalFileStore(root).startRun("vfe-smoke", "draft", Map.of())) {
            run.setTag("mlflow.runName", "final");
            Path meta = root.resolve(run.experimentId()).resolve(run.runId()).resolve("meta.yaml");
            assertThat(Files.readString(meta)).contains("\nrun_name: final\n");
        }
    }

    @Test
    void aRunNameTagThatDisagreesIsAnError() {
        Tracker tracker = new LocalFileStore(temp.resolve("mlruns"));
        assertThatThrownBy(() -> tracker.startRun("vfe-smoke", "a", Map.of("mlflow.runName", "b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disagrees");
    }

    private static long firstNumber(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
