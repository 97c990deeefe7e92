package org.vfelab.experiments.runner;

import org.junit.jupiter.api.Test;
import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.sweep.StageLink;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class TrialQueueTest {

    private static final PlannedTrial IMAGE_7 = trial("image seed=7");
    private static final PlannedTrial IMAGE_8 = trial("image seed=8");
    private static final PlannedTrial VIDEO_7 = trial("video seed=7", IMAGE_7);
    private static final PlannedTrial VIDEO_8 = trial("video seed=8", IMAGE_8);
    private static final PlannedTrial LONG_7 = trial("long seed=7", VIDEO_7);

    @Test
    void aStageWaitsForItsParentWhileAnotherSeedsChainGoesAhead() throws Exception {
        TrialQueue queue = new TrialQueue(List.of(IMAGE_7, IMAGE_8, VIDEO_7, VIDEO_8), Map.of(), () -> false);
        assertThat(run(queue.next())).isEqualTo(IMAGE_7);
        assertThat(run(queue.next())).isEqualTo(IMAGE_8);

        CompletableFuture<Optional<TrialQueue.Turn>> waiting = CompletableFuture.supplyAsync(() -> next(queue));
        Thread.sleep(200);
        assertThat(waiting).as("both stages wait on running parents").isNotDone();
        queue.ended(IMAGE_8, TrainingOutcome.FINISHED);

        assertThat(run(waiting.get(10, TimeUnit.SECONDS))).isEqualTo(VIDEO_8);
        queue.ended(IMAGE_7, TrainingOutcome.FINISHED);
        assertThat(run(queue.next())).isEqualTo(VIDEO_7);
        queue.ended(VIDEO_7, TrainingOutcome.FINISHED);
        queue.ended(VIDEO_8, TrainingOutcome.FINISHED);
        assertThat(queue.next()).isEmpty();
    }

    @Test
    void theDescendantsOfAParentThatDidNotFinishAreSkippedInTurn() throws Exception {
        TrialQueue queue = new TrialQueue(List.of(IMAGE_7, VIDEO_7, LONG_7), Map.of(), () -> false);
        assertThat(run(queue.next())).isEqualTo(IMAGE_7);
        queue.ended(IMAGE_7, TrainingOutcome.OOM);

        assertThat(queue.next()).hasValueSatisfying(turn -> assertThat(turn)
                .isEqualTo(new TrialQueue.Turn(VIDEO_7, Optional.of("its parent 'image seed=7' ended oom"))));
        assertThat(queue.next()).hasValueSatisfying(turn -> assertThat(turn.skipped())
                .hasValue("its parent 'video seed=7' ended skipped-parent"));
        assertThat(queue.next()).isEmpty();
    }

    @Test
    void parentsThatDoNotRunNowStandAsTheyEndedBefore() throws Exception {
        TrialQueue queue = new TrialQueue(List.of(VIDEO_7, VIDEO_8), Map.of(IMAGE_7, TrainingOutcome.FINISHED,
                IMAGE_8, TrainingOutcome.DIVERGED), () -> false);

        assertThat(run(queue.next())).isEqualTo(VIDEO_7);
        assertThat(queue.next()).hasValueSatisfying(turn -> assertThat(turn.skipped())
                .hasValue("its parent 'image seed=8' ended diverged"));
    }

    @Test
    void aHaltedQueueHandsOutNothingMore() throws Exception {
        assertThat(new TrialQueue(List.of(IMAGE_7), Map.of(), () -> true).next()).isEmpty();
    }

    private static PlannedTrial trial(String label, PlannedTrial... parents) {
        List<StageLink> links = Arrays.stream(parents)
                .map(parent -> new StageLink("model.init_from", "id", parent)).toList();
        return new PlannedTrial(label, label, null, List.of(), null, "key " + label, links);
    }

    /** The trial of a turn to run. */
    private static PlannedTrial run(Optional<TrialQueue.Turn> turn) {
        assertThat(turn).hasValueSatisfying(t -> assertThat(t.skipped()).isEmpty());
        return turn.orElseThrow().trial();
    }

    private static Optional<TrialQueue.Turn> next(TrialQueue queue) {
        try {
            return queue.next();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
