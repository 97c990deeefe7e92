package org.vfelab.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A run's {@code meta.yaml} with MLflow's exact keys ({@code _make_persisted_run_info_dict} in
 * {@code mlflow/store/tracking/file_store.py}): RunInfo's fields, the legacy {@code source_*},
 * {@code entry_point_name} and {@code tags: []} kept "for old mlflow versions to read", and the status as
 * MLflow's integer. One record serves the writer and the reader so the two cannot drift apart.
 */
record RunMeta(String runId, String experimentId, String runName, String artifactUri, String userId,
               long startTime, OptionalLong endTime, RunStatus status, String lifecycleStage) {
    /** MLflow's {@code SourceType.LOCAL}, the value FileStore always persists. */
    private static final int SOURCE_TYPE_LOCAL = 4;

    /** A fresh RUNNING run. */
    static RunMeta started(String runId, String experimentId, String runName, String artifactUri, long startTime) {
        return new RunMeta(runId, experimentId, runName, artifactUri, InitialTags.user(), startTime,
                OptionalLong.empty(), RunStatus.RUNNING, "active");
    }

    RunMeta ended(RunStatus newStatus, long endMillis) {
        return new RunMeta(runId, experimentId, runName, artifactUri, userId, startTime, OptionalLong.of(endMillis),
                newStatus, lifecycleStage);
    }

    /** RUNNING again with no end time, as MLflow's {@code start_run(run_id=...)} resumes a run. */
    RunMeta reopened() {
        return new RunMeta(runId, experimentId, runName, artifactUri, userId, startTime, OptionalLong.empty(),
                RunStatus.RUNNING, lifecycleStage);
    }

    RunMeta renamed(String newName) {
        return new RunMeta(runId, experimentId, newName, artifactUri, userId, startTime, endTime, status,
                lifecycleStage);
    }

    /**
     * The persisted mapping. {@code create_run} also writes {@code deleted_time: null}, while later rewrites
     * ({@code _overwrite_run_info}) leave it out; {@code atCreation} mirrors that.
     */
    Map<String, Object> toYaml(boolean atCreation) {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("artifact_uri", artifactUri);
        yaml.put("end_time", endTime.isPresent() ? endTime.getAsLong() : null);
        yaml.put("entry_point_name", "");
        yaml.put("experiment_id", experimentId);
        yaml.put("lifecycle_stage", lifecycleStage);
        yaml.put("run_id", runId);
        yaml.put("run_name", runName);
        yaml.put("run_uuid", runId);
        yaml.put("source_name", "");
        yaml.put("source_type", SOURCE_TYPE_LOCAL);
        yaml.put("source_version", "");
        yaml.put("start_time", startTime);
        yaml.put("status", status.code());
        yaml.put("tags", List.of());
        yaml.put("user_id", userId);
        if (atCreation) {
            yaml.put("deleted_time", null);
        }
        return yaml;
    }

    /** Reads a meta.yaml written by us or by MLflow (older files may lack status, run_name or run_id). */
    static RunMeta fromYaml(JsonNode yaml) {
        String runId = yaml.hasNonNull("run_id") ? yaml.get("run_id").asText() : yaml.path("run_uuid").asText();
        JsonNode end = yaml.path("end_time");
        return new RunMeta(runId, yaml.path("experiment_id").asText(), yaml.path("run_name").asText(""),
                yaml.path("artifact_uri").asText(""), yaml.path("user_id").asText(""),
                yaml.path("start_time").asLong(0),
                end.isNumber() ? OptionalLong.of(end.asLong()) : OptionalLong.empty(),
                RunStatus.fromCode(yaml.path("status").asInt(RunStatus.RUNNING.code())),
                yaml.path("lifecycle_stage").asText("active"));
    }
}
