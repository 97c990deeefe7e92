package org.vfelab.reports.stats;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.TrialResult;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SeedMeansTest {

    @Test
    void aSeedThatRanTwiceCountsOnceWithTheMeanOfItsTrials() {
        List<TrialResult> trials = List.of(trial(7, 0.4), trial(7, 0.6), trial(8, 0.8), noMetric(9));

        assertThat(SeedMeans.of(trials, t -> t.metric("r"))).containsExactly(Map.entry(7L, 0.5), Map.entry(8L, 0.8));
        // mean of 0.5 and 0.8, not of 0.4, 0.6 and 0.8
        Summary summary = SeedMeans.summary(trials, t -> t.metric("r"));
        assertThat(summary.n()).isEqualTo(2);
        assertThat(summary.mean()).isCloseTo(0.65, within(1e-12));
    }

    private static TrialResult trial(long seed, double value) {
        return new TrialResult("r", "s", "a", "a", seed, "finished", "joint", "random-mask", 0, "tiny", "k",
                Map.of("r", value));
    }

    private static TrialResult noMetric(long seed) {
        return new TrialResult("r", "s", "a", "a", seed, "finished", "joint", "random-mask", 0, "tiny", "k", Map.of());
    }
}
