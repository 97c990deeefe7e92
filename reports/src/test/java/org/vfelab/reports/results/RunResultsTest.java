package org.vfelab.reports.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.TrackedRun;
import org.vfelab.tracking.Tracker;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Rows read from runs in a local store exactly as a sweep writes them. */
class RunResultsTest {

    @TempDir
    Path dir;

    @Test
    void theStageParamsAreReadAndARunWithoutThemIsContrastiveWithNeitherLogged() {
        Tracker tracker = Tracker.forUri(dir.resolve("mlruns").toString());
        record(tracker, "SHORT-ViViT on long clips", Map.of("task.type", "contrastive", "data.events", "4",
                "training.steps", "0"));
        record(tracker, "LONG-ViViT video-to-text", Map.of("task.type", "captioning", "data.events", "4",
                "training.steps", "100"));
        record(tracker, "joint", Map.of());

        ResultsTable table = RunResults.of(tracker, "long-video");

        assertThat(table.rows()).extracting(TrialResult::arm, TrialResult::task, TrialResult::events,
                TrialResult::steps).containsExactly(
                tuple("SHORT-ViViT on long clips", "contrastive", 4, 0),
                tuple("LONG-ViViT video-to-text", "captioning", 4, 100),
                tuple("joint", "contrastive", TrialResult.NOT_LOGGED, TrialResult.NOT_LOGGED));
    }

    private static void record(Tracker tracker, String arm, Map<String, String> params) {
        try (TrackedRun run = tracker.startRun("long-video", arm + " seed=7", Map.of("vfe.role", "trial",
                "vfe.arm", arm, "vfe.trial_key", arm, "vfe.outcome", "finished"))) {
            run.logParams(params);
            run.logParams(Map.of("seed", "7"));
            run.logMetric("t2v_recall_at_1", 0.5, 1);
            run.end(RunStatus.FINISHED);
        }
    }
}
