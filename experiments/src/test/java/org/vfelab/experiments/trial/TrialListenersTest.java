package org.vfelab.experiments.trial;

import org.junit.jupiter.api.Test;
import org.vfelab.core.train.TrainingListener;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The listener that fans a trial's events out to progress, tracking and checkpoints. */
class TrialListenersTest {

    @Test
    void everyTrainingEventIsForwarded() throws NoSuchMethodException {
        for (Method event : TrainingListener.class.getMethods()) {
            if (Modifier.isStatic(event.getModifiers())) {
                continue;
            }
            assertThat(TrialListeners.class.getMethod(event.getName(), event.getParameterTypes())
                    .getDeclaringClass()).as(event.getName() + " is forwarded").isEqualTo(TrialListeners.class);
        }
    }

    @Test
    void taskScoresReachEveryListener() {
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        new TrialListeners(List.of(first, second)).onTaskScores(3, Map.of("rouge_l", 0.5));

        assertThat(first.scores).isEqualTo(Map.of("rouge_l", 0.5));
        assertThat(second.scores).isEqualTo(Map.of("rouge_l", 0.5));
    }

    private static final class Recorder implements TrainingListener {
        Map<String, Double> scores = Map.of();

        @Override
        public void onTaskScores(int step, Map<String, Double> taskScores) {
            scores = taskScores;
        }
    }
}
