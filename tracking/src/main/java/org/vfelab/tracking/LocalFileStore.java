package org.vfelab.tracking;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A local directory in exactly MLflow's FileStore layout, the offline default: {@code mlflow ui
 * --backend-store-uri ./mlruns} shows its runs and {@code vfe runs push} can copy them to a server later. The
 * layout follows {@code mlflow/store/tracking/file_store.py} of MLflow 2.x (the version with trace support,
 * 2.14 and later, matching our 2.17 Java client); later MLflow still reads it (3.13 and later only with
 * {@code MLFLOW_ALLOW_FILE_STORE=true}):
 * <pre>
 * mlruns/.trash/
 * mlruns/0/meta.yaml                        default experiment "Default"
 * mlruns/&lt;experiment_id&gt;/meta.yaml           artifact_location, creation_time, experiment_id, ...
 * mlruns/&lt;experiment_id&gt;/&lt;run_id&gt;/meta.yaml  run info, status as MLflow's integer
 *                         metrics/&lt;key&gt;      one "timestamp value step" line per logged value
 *                         params/&lt;key&gt;       the value, no newline
 *                         tags/&lt;key&gt;         the value, no newline
 *                         artifacts/&lt;path&gt;
 * </pre>
 * A key with {@code /} is a nested path, as in MLflow: {@code metrics/temporal/t2v_recall_at_1}. The store also
 * keeps a {@code .vfe-experiments.lock} file at its root, which MLflow ignores (it lists directories only).
 */
public final class LocalFileStore implements Tracker {
    private final Path root;

    /** A store rooted at {@code root}, created with its default experiment on the first run. */
    public LocalFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The absolute store directory, for {@link LocalStoreReader} and for copying the store elsewhere. */
    public Path root() {
        return root;
    }

    @Override
    public TrackedRun startRun(String experimentName, String runName, Map<String, String> tags) {
        Map<String, String> initialTags = InitialTags.initial(runName, tags);
        StoredExperiment experiment = LocalExperiments.findOrCreate(root, experimentName);
        String runId = UUID.randomUUID().toString().replace("-", "");
        String artifactUri = experiment.artifactLocation() + "/" + runId + "/artifacts";
        RunMeta meta = RunMeta.started(runId, experiment.id(), runName, artifactUri, System.currentTimeMillis());
        return LocalTrackedRun.create(root.resolve(experiment.id()).resolve(runId), meta, initialTags);
    }

    @Override
    public TrackedRun attachRun(String runId) {
        Path runDir = reader().runDirectory(runId).orElseThrow(() -> new TrackingException("no active run "
                + runId + " in " + describe()));
        return LocalTrackedRun.attach(runDir, RunMeta.fromYaml(MetaYaml.read(runDir)));
    }

    @Override
    public Optional<StoredRun> findRun(String runId) {
        return reader().run(runId);
    }

    @Override
    public List<StoredRun> findRuns(String experimentName, Map<String, String> tags) {
        EntityKeys.checkExperimentName(experimentName);
        TagFilter.check(tags);
        LocalStoreReader reader = reader();
        return reader.experimentByName(experimentName)
                .map(experiment -> reader.runs(experiment.id()).stream().filter(run -> run.hasTags(tags)).toList())
                .orElse(List.of());
    }

    @Override
    public Map<String, Double> latestMetrics(String runId) {
        StoredRun run = findRun(runId).orElseThrow(() -> new TrackingException("no active run " + runId + " in "
                + describe()));
        Map<String, Double> latest = new TreeMap<>();
        // Like MLflow's latest_metrics: the value at the highest step, the latest timestamp breaking ties.
        new LocalStoreReader(root).metrics(run).forEach((key, history) -> history.stream()
                .max(Comparator.comparingLong(MetricPoint::step).thenComparingLong(MetricPoint::timestamp))
                .ifPresent(point -> latest.put(key, point.value())));
        return latest;
    }

    @Override
    public Optional<Path> artifactFile(String runId, String relativePath) {
        Path runDir = reader().runDirectory(runId).orElseThrow(() -> new TrackingException("no active run "
                + runId + " in " + describe()));
        Path file = LocalTrackedRun.artifactDirectory(runId, runDir, RunMeta.fromYaml(MetaYaml.read(runDir))
                .artifactUri()).resolve(EntityKeys.checkArtifactPath(relativePath));
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public String describe() {
        return "local MLflow store " + root;
    }

    private LocalStoreReader reader() {
        return new LocalStoreReader(root);
    }
}
