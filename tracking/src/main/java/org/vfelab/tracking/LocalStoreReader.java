package org.vfelab.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a local MLflow store back without MLflow: sweeps use it to skip trials that already FINISHED and reports
 * to build their results tables. It reads what {@link LocalFileStore} writes and what MLflow's own FileStore
 * writes (legacy two-field metric lines, integer experiment ids, {@code nan}/{@code inf} values), and, like
 * MLflow, lists only active experiments and runs, skipping folders without a {@code meta.yaml}.
 */
public final class LocalStoreReader {
    /** Folders beside experiments and beside runs that are not experiments or runs ({@code file_store.py}). */
    private static final List<String> NOT_EXPERIMENTS = List.of(".trash", "models");
    private static final List<String> NOT_RUNS = List.of("tags", "datasets", "traces");
    /** The order of {@link Tracker#findRuns}: by start time, then run id. */
    static final Comparator<StoredRun> OLDEST_FIRST =
            Comparator.comparingLong(StoredRun::startTime).thenComparing(StoredRun::runId);

    private final Path root;

    /** A reader of the store at {@code root}; a store that does not exist yet reads as empty. */
    public LocalStoreReader(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The active experiments, ordered by id as text. */
    public List<StoredExperiment> experiments() {
        List<StoredExperiment> experiments = new ArrayList<>();
        for (Path dir : subdirectories(root, NOT_EXPERIMENTS)) {
            JsonNode yaml = MetaYaml.read(dir);
            StoredExperiment experiment = new StoredExperiment(yaml.path("experiment_id").asText(),
                    yaml.path("name").asText(), yaml.path("artifact_location").asText(""),
                    yaml.path("lifecycle_stage").asText("active"), yaml.path("creation_time").asLong(0),
                    yaml.path("last_update_time").asLong(0));
            if (experiment.lifecycleStage().equals("active")) {
                experiments.add(experiment);
            }
        }
        return experiments;
    }

    /** The active experiment with this name, as MLflow's {@code get_experiment_by_name} finds it. */
    public Optional<StoredExperiment> experimentByName(String name) {
        return experiments().stream().filter(experiment -> experiment.name().equals(name)).findFirst();
    }

    /** The active runs of an experiment, oldest first, with their params and tags. */
    public List<StoredRun> runs(String experimentId) {
        List<StoredRun> runs = new ArrayList<>();
        for (Path dir : subdirectories(root.resolve(experimentId), NOT_RUNS)) {
            RunMeta meta = RunMeta.fromYaml(MetaYaml.read(dir));
            if (meta.lifecycleStage().equals("active") && meta.experimentId().equals(experimentId)) {
                runs.add(read(dir, meta));
            }
        }
        runs.sort(OLDEST_FIRST);
        return runs;
    }

    /** The active run with this id in any active experiment, as {@link #runs} reads it. */
    public Optional<StoredRun> run(String runId) {
        return runDirectory(runId).map(dir -> read(dir, RunMeta.fromYaml(MetaYaml.read(dir))));
    }

    /** The directory of the active run with this id, searched in every active experiment. */
    Optional<Path> runDirectory(String runId) {
        EntityKeys.checkRunId(runId);
        for (StoredExperiment experiment : experiments()) {
            Path dir = root.resolve(experiment.id()).resolve(runId);
            if (Files.isRegularFile(dir.resolve("meta.yaml"))
                    && RunMeta.fromYaml(MetaYaml.read(dir)).lifecycleStage().equals("active")) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** Every metric of a run with its full history in logging order, keyed like {@code temporal/t2v_recall_at_1}. */
    public Map<String, List<MetricPoint>> metrics(StoredRun run) {
        Path dir = runDir(run).resolve("metrics");
        Map<String, List<MetricPoint>> metrics = new TreeMap<>();
        for (String key : relativeFiles(dir)) {
            metrics.put(key, MetricLines.parse(dir.resolve(key)));
        }
        return metrics;
    }

    /** One metric's history in logging order; empty if the run never logged it. */
    public List<MetricPoint> metricHistory(StoredRun run, String key) {
        Path file = runDir(run).resolve("metrics").resolve(EntityKeys.check("metric", key));
        return Files.isRegularFile(file) ? MetricLines.parse(file) : List.of();
    }

    /** The run's artifact files as sorted relative paths, such as {@code logs/trial.log}. */
    public List<String> artifacts(StoredRun run) {
        return relativeFiles(runDir(run).resolve("artifacts"));
    }

    private static StoredRun read(Path dir, RunMeta meta) {
        Map<String, String> tags = readValues(dir.resolve("tags"));
        // Like MLflow's _get_run_from_info: runs older than run_name take their name from the tag.
        String name = meta.runName().isEmpty() ? tags.getOrDefault(InitialTags.RUN_NAME, "") : meta.runName();
        return new StoredRun(meta.runId(), meta.experimentId(), name, meta.status(), meta.userId(),
                meta.artifactUri(), meta.startTime(), meta.endTime(), readValues(dir.resolve("params")), tags);
    }

    private Path runDir(StoredRun run) {
        return root.resolve(run.experimentId()).resolve(run.runId());
    }

    private static List<Path> subdirectories(Path dir, List<String> excluded) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(child -> Files.isDirectory(child)
                            && !excluded.contains(child.getFileName().toString())
                            && Files.isRegularFile(child.resolve("meta.yaml")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new TrackingException("cannot list " + dir + ": " + e, e);
        }
    }

    /** Files under {@code dir} as '/'-separated relative paths, sorted; nested keys come back with their '/'. */
    private static List<String> relativeFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> dir.relativize(file).toString().replace(dir.getFileSystem().getSeparator(), "/"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new TrackingException("cannot list " + dir + ": " + e, e);
        }
    }

    private static Map<String, String> readValues(Path dir) {
        Map<String, String> values = new TreeMap<>();
        for (String key : relativeFiles(dir)) {
            Path file = dir.resolve(key);
            try {
                values.put(key, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new TrackingException("cannot read " + file + ": " + e, e);
            }
        }
        return values;
    }
}
