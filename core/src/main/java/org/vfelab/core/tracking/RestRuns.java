package org.vfelab.core.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.mlflow.api.proto.Service.Param;
import org.mlflow.api.proto.Service.Run;
import org.mlflow.api.proto.Service.RunInfo;
import org.mlflow.api.proto.Service.RunTag;
import org.mlflow.api.proto.Service.ViewType;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.RunsPage;

/**
 * Reads runs back from a tracking server for {@link RestTracker}: a {@code runs/search} followed page by page and
 * MLflow's protobuf {@code Run} turned into the {@link StoredRun} that a local store reads, so a sweep sees the
 * same record from both stores.
 */
final class RestRuns {
    private RestRuns() {
    }

    /** The active runs of an experiment that match an MLflow {@code filter}, every page of {@code pageSize}. */
    static List<StoredRun> search(MlflowClient client, String experimentId, String filter, int pageSize) {
        List<StoredRun> runs = new ArrayList<>();
        String token = null;
        do {
            RunsPage page = client.searchRuns(List.of(experimentId), filter, ViewType.ACTIVE_ONLY, pageSize,
                    List.of(), token);
            page.getItems().forEach(run -> runs.add(stored(run)));
            // The client's hasNextPage() compares the token to "" by reference; an empty token ends the search.
            token = page.getNextPageToken().filter(next -> !next.isEmpty()).orElse(null);
        } while (token != null);
        return runs;
    }

    /** The run as a {@link StoredRun}; an end time of 0 or none means the run has not ended. */
    static StoredRun stored(Run run) {
        RunInfo info = run.getInfo();
        Map<String, String> params = new TreeMap<>();
        for (Param param : run.getData().getParamsList()) {
            params.put(param.getKey(), param.getValue());
        }
        Map<String, String> tags = new TreeMap<>();
        for (RunTag tag : run.getData().getTagsList()) {
            tags.put(tag.getKey(), tag.getValue());
        }
        String name = info.getRunName().isEmpty() ? tags.getOrDefault(RunTags.RUN_NAME, "") : info.getRunName();
        OptionalLong endTime = info.getEndTime() != 0 ? OptionalLong.of(info.getEndTime()) : OptionalLong.empty();
        return new StoredRun(info.getRunId(), info.getExperimentId(), name, status(info), info.getUserId(),
                info.getArtifactUri(), info.getStartTime(), endTime, params, tags);
    }

    /** The run's status in our enum, which has MLflow's names. */
    static RunStatus status(RunInfo info) {
        return RunStatus.valueOf(info.getStatus().name());
    }
}
