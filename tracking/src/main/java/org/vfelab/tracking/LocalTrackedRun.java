package org.vfelab.tracking;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A run being written into a {@link LocalFileStore}, call by call as MLflow's FileStore writes it
 * ({@code create_run}, {@code _log_run_param}, {@code _log_run_metric}, {@code _set_run_tag},
 * {@code update_run_info}), so a crash mid-trial leaves a store that MLflow still reads: the run shows as RUNNING
 * with every metric line written so far. {@code meta} is the run as this handle last wrote or read it, so
 * {@link #close} can tell a running run from one that was attached after it ended.
 */
final class LocalTrackedRun implements TrackedRun {
    private final Path runDir;
    private RunMeta meta;
    /** Whether {@link #end} or {@link #close} was called on this handle since it was opened or reopened. */
    private boolean ended;

    private LocalTrackedRun(Path runDir, RunMeta meta) {
        this.runDir = runDir;
        this.meta = meta;
    }

    /** Creates the run directory, its meta.yaml and sub-folders, and writes the initial tags. */
    static LocalTrackedRun create(Path runDir, RunMeta meta, Map<String, String> tags) {
        try {
            Files.createDirectories(runDir);
            for (String folder : new String[] {"metrics", "params", "artifacts"}) {
                Files.createDirectories(runDir.resolve(folder));
            }
        } catch (IOException e) {
            throw new TrackingException("cannot create run directory " + runDir + ": " + e, e);
        }
        MetaYaml.write(runDir, meta.toYaml(true));
        LocalTrackedRun run = new LocalTrackedRun(runDir, meta);
        tags.forEach(run::writeTag);
        return run;
    }

    /** A handle on an existing run directory whose meta.yaml reads as {@code meta}. */
    static LocalTrackedRun attach(Path runDir, RunMeta meta) {
        return new LocalTrackedRun(runDir, meta);
    }

    @Override
    public String runId() {
        return meta.runId();
    }

    @Override
    public String artifactUri() {
        return meta.artifactUri();
    }

    @Override
    public String experimentId() {
        return meta.experimentId();
    }

    @Override
    public synchronized void logParams(Map<String, String> params) {
        checkOpen();
        params.forEach((key, value) -> {
            Path file = runDir.resolve("params").resolve(EntityKeys.check("param", key));
            if (Files.exists(file)) {
                String logged = readString(file);
                if (!logged.equals(value)) {
                    throw new TrackingException("param '" + key + "' of run " + runId() + " in " + runDir
                            + " was already logged as '" + logged + "'; MLflow params cannot change (new value '"
                            + value + "')");
                }
            }
            AtomicFiles.write(file, value.getBytes(StandardCharsets.UTF_8), runDir);
        });
    }

    @Override
    public synchronized void logMetric(String key, double value, long step) {
        checkOpen();
        Path file = runDir.resolve("metrics").resolve(EntityKeys.check("metric", key));
        AtomicFiles.appendLine(file, System.currentTimeMillis() + " " + PythonFloats.format(value) + " " + step);
    }

    @Override
    public synchronized void setTag(String key, String value) {
        checkOpen();
        writeTag(EntityKeys.check("tag", key), value);
    }

    @Override
    public synchronized void logArtifact(String relativePath, byte[] content) {
        checkOpen();
        Path dir = artifactDir();
        AtomicFiles.write(dir.resolve(EntityKeys.checkArtifactPath(relativePath)), content, runDir);
    }

    @Override
    public synchronized void end(RunStatus status) {
        if (!status.isTerminal()) {
            throw new IllegalArgumentException("a run ends FINISHED, FAILED or KILLED, not " + status);
        }
        if (!ended) {
            meta = meta.ended(status, System.currentTimeMillis());
            MetaYaml.write(runDir, meta.toYaml(false));
            ended = true;
        }
    }

    @Override
    public synchronized void reopen() {
        meta = meta.reopened();
        MetaYaml.write(runDir, meta.toYaml(false));
        ended = false;
    }

    @Override
    public synchronized void close() {
        if (!ended && meta.status() == RunStatus.RUNNING) {
            end(RunStatus.FAILED);
        }
        ended = true;
    }

    /** MLflow's {@code set_tag}: {@code mlflow.runName} also renames the run in meta.yaml. */
    private void writeTag(String key, String value) {
        AtomicFiles.write(runDir.resolve("tags").resolve(key), value.getBytes(StandardCharsets.UTF_8), runDir);
        if (key.equals(InitialTags.RUN_NAME) && !value.equals(meta.runName())) {
            meta = meta.renamed(value);
            MetaYaml.write(runDir, meta.toYaml(false));
        }
    }

    private Path artifactDir() {
        return artifactDirectory(runId(), runDir, meta.artifactUri());
    }

    /**
     * The directory of a run's artifact URI; an experiment made by MLflow may keep artifacts elsewhere.
     *
     * @throws TrackingException when the artifact URI is not a {@code file:} URI
     */
    static Path artifactDirectory(String runId, Path runDir, String artifactUri) {
        URI uri = URI.create(artifactUri);
        if (!"file".equals(uri.getScheme())) {
            throw new TrackingException("run " + runId + " in " + runDir + " has artifact location "
                    + artifactUri + ", which is not a local directory");
        }
        return Path.of(uri);
    }

    private void checkOpen() {
        if (ended) {
            throw new IllegalStateException("run " + runId() + " in " + runDir + " has already ended");
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TrackingException("cannot read " + file + ": " + e, e);
        }
    }
}
