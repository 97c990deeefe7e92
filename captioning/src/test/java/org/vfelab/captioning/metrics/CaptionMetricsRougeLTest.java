package org.vfelab.captioning.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** ROUGE-L against cases worked by hand from pycocoevalcap's rouge.py (beta = 1.2, best P and best R). */
class CaptionMetricsRougeLTest {

    private static double rouge(String candidate, String... references) {
        return CaptionMetrics.rougeL(List.of(candidate), List.of(List.of(references)));
    }

    @Test
    void equalPrecisionAndRecallGiveThatValue() {
        // LCS "the red square moves" = 4 of 5 words on both sides: P = R = 0.8, and F(P, P) = P for any beta.
        assertThat(rouge("the red square moves left", "the red square moves up")).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void aShortCandidateIsPreciseButRecallWeighsMore() {
        // LCS "the square moves" = 3: P = 3/3 = 1, R = 3/5 = 0.6.
        // F = (1 + 1.44) * 1 * 0.6 / (0.6 + 1.44 * 1) = 1.464 / 2.04 = 0.717647...
        assertThat(rouge("the square moves", "the red square moves up")).isCloseTo(1.464 / 2.04, within(1e-12));
        // With P and R swapped, recall (now 1) counts more: 1.464 / (1 + 1.44 * 0.6) = 1.464 / 1.864.
        assertThat(rouge("the red square moves up", "the square moves")).isCloseTo(1.464 / 1.864, within(1e-12));
    }

    @Test
    void anIdenticalCandidateScoresOneAndAnEmptyOrUnrelatedOneZero() {
        assertThat(rouge("the red square moves up", "the red square moves up")).isEqualTo(1.0);
        assertThat(rouge("", "the red square moves up")).isZero();
        assertThat(rouge("   ", "the red square moves up")).isZero();
        assertThat(rouge("a blue circle", "the red square moves up")).isZero();
    }

    @Test
    void theBestPrecisionAndTheBestRecallMayComeFromDifferentReferences() {
        // "a b": LCS 2, P = 2/4, R = 2/2 = 1; "a b c d e f g h": LCS 4, P = 4/4 = 1, R = 4/8.
        // rouge.py takes max P = 1 and max R = 1 separately, so F = 1 though neither reference matches.
        assertThat(rouge("a b c d", "a b", "a b c d e f g h")).isEqualTo(1.0);
    }

    @Test
    void wordsAreComparedInLowercaseAndWhitespaceRunsSplitLikeOneSpace() {
        assertThat(rouge("  The RED\tsquare  moves up ", "the red square moves up")).isEqualTo(1.0);
    }

    @Test
    void theCorpusScoreIsTheMeanOverClipsInClipOrder() {
        List<String> candidates = List.of("the red square moves left", "the square moves", "");
        List<List<String>> references = List.of(List.of("the red square moves up"),
                List.of("the red square moves up", "a circle"), List.of("a circle stays"));

        double[] perClip = CaptionMetrics.rougeLPerClip(candidates, references);

        assertThat(perClip).containsExactly(new double[] {0.8, 1.464 / 2.04, 0}, within(1e-12));
        assertThat(CaptionMetrics.rougeL(candidates, references))
                .isCloseTo((0.8 + 1.464 / 2.04) / 3, within(1e-12));
    }

    @Test
    void theLongestCommonSubsequenceSkipsWordsOnBothSides() {
        assertThat(RougeL.lcs(List.of("a", "x", "b", "c"), List.of("a", "b", "y", "c"))).isEqualTo(3);
        assertThat(RougeL.lcs(List.of("a", "b"), List.of("b", "a"))).isEqualTo(1);
        assertThat(RougeL.lcs(List.of(), List.of("a"))).isZero();
    }

    @Test
    void mismatchedOrEmptyInputIsRefusedWithTheReason() {
        assertThatThrownBy(() -> CaptionMetrics.rougeL(List.of("a", "b"), List.of(List.of("a"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 candidates but 1 reference lists: one candidate and one list of references per clip");
        assertThatThrownBy(() -> CaptionMetrics.rougeL(List.of("a", "b"), List.of(List.of("a"), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("clip 1 has no references");
        assertThatThrownBy(() -> CaptionMetrics.rougeL(List.of("a"), List.of(List.of("a", " "))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("clip 0: reference 1 is blank");
        assertThatThrownBy(() -> CaptionMetrics.rougeL(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no captions to score");
    }
}
