package org.vfelab.core.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RetrievalMetricsTest {

    private static final boolean[][] DIAGONAL = {
            {true, false, false, false}, {false, true, false, false},
            {false, false, true, false}, {false, false, false, true}};

    @Test
    void pairAccuracyCountsWinsOverTheReversalAndTiesAsHalf() {
        float[][] scores = {
                {0.9f, 0.5f, 0.0f, 0.0f},            // beats its twin (1): 1
                {0.6f, 0.4f, 0.0f, 0.0f},            // loses to its twin (0): 0
                {0.0f, 0.0f, 0.7f, 0.7f + 1e-7f},    // tie with its twin (3) within float noise: 0.5
                {0.0f, 0.0f, 0.2f, 0.9f}};           // no twin: not counted
        int[] reversalOf = {1, 0, 3, -1};

        assertThat(RetrievalMetrics.pairAccuracy(scores, reversalOf)).isCloseTo(1.5 / 3, within(1e-12));
        assertThat(RetrievalMetrics.pairAccuracy(scores, new int[] {-1, -1, -1, -1})).isNaN();
    }

    @Test
    void ranksAKnownRanking() {
        float[][] scores = {
                {0.9f, 0.1f, 0.2f, 0.3f},   // own candidate first: rank 1
                {0.8f, 0.5f, 0.1f, 0.0f},   // one candidate above: rank 2
                {0.7f, 0.6f, 0.1f, 0.5f},   // three above: rank 4
                {0.1f, 0.2f, 0.3f, 0.4f}};  // rank 1
        int[] ranks = RetrievalMetrics.ranks(scores, DIAGONAL);
        assertThat(ranks).containsExactly(1, 2, 4, 1);
        assertThat(RetrievalMetrics.recallAt(ranks, 1)).isEqualTo(0.5);
        assertThat(RetrievalMetrics.recallAt(ranks, 2)).isEqualTo(0.75);
        assertThat(RetrievalMetrics.recallAt(ranks, 5)).isEqualTo(1.0);
        assertThat(RetrievalMetrics.medianRank(ranks)).isEqualTo(1.5);
    }

    @Test
    void tiesCountAgainstTheModel() {
        float[][] constant = new float[4][4];
        assertThat(RetrievalMetrics.ranks(constant, DIAGONAL)).containsOnly(4);
    }

    @Test
    void anyRelevantCandidateCountsAsAHit() {
        boolean[][] duplicates = {{true, true}, {true, true}};
        float[][] scores = {{0.1f, 0.9f}, {0.9f, 0.1f}};
        assertThat(RetrievalMetrics.ranks(scores, duplicates)).containsExactly(1, 1);
        assertThat(RetrievalMetrics.chanceRecallAt1(duplicates)).isEqualTo(1.0);
        assertThat(RetrievalMetrics.chanceRecallAt1(DIAGONAL)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void aQueryWithoutRelevantCandidateIsAnError() {
        assertThatThrownBy(() -> RetrievalMetrics.ranks(new float[1][2], new boolean[1][2]))
                .hasMessageContaining("query 0 has no relevant candidate");
    }
}
