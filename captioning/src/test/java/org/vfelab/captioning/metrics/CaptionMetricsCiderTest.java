package org.vfelab.captioning.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * CIDEr-D against cases worked by hand from pycocoevalcap's cider_scorer.py: weight of an n-gram = count x
 * (ln(clips) - ln(max(1, df))), cosine per order with the candidate's weights clipped at the reference's, times
 * exp(-(delta bigrams)^2 / 72), mean over the 4 orders, x 10, mean over references, then over clips. The expected
 * values were also checked against a line-by-line transcription of those formulas in Python.
 */
class CaptionMetricsCiderTest {

    private static double[] cider(List<String> candidates, List<List<String>> references) {
        return CaptionMetrics.ciderPerClip(candidates, references);
    }

    @Test
    void identicalFourWordCaptionsScoreTenInATwoClipSet() {
        // No n-gram occurs in both clips: every df = 1, every weight = 1 x (ln 2 - ln 1) = ln 2. Candidate and
        // reference vectors are equal, so each of the 4 orders has cosine 1; same length, penalty 1.
        // Clip score = 10 x (1 + 1 + 1 + 1) / 4 = 10.
        List<String> captions = List.of("the red square moves", "a blue circle stays");
        List<List<String>> references = List.of(List.of(captions.get(0)), List.of(captions.get(1)));

        assertThat(cider(captions, references)).containsExactly(new double[] {10, 10}, within(1e-12));
        assertThat(CaptionMetrics.cider(captions, references)).isCloseTo(10, within(1e-12));
    }

    @Test
    void identicalTwoWordCaptionsScoreFiveBecauseTheEmptyOrdersCountAsZero() {
        // "a b" has unigrams and one bigram, no 3- or 4-grams: cosines 1, 1, 0, 0 (zero norms give 0, not NaN).
        // Clip score = 10 x (1 + 1 + 0 + 0) / 4 = 5.
        assertThat(cider(List.of("a b", "c d"), List.of(List.of("a b"), List.of("c d"))))
                .containsExactly(new double[] {5, 5}, within(1e-12));
    }

    @Test
    void wordsInEveryClipWeighNothingAndUnseenWordsWeighLnClips() {
        // References "red square moves" and "red circle moves": red and moves have df = 2, weight ln 2 - ln 2 = 0;
        // every other n-gram of the references has df = 1, weight ln 2; "stops" (df 0) also gets ln 2 - ln 1.
        // Clip 0, candidate "red square stops":
        //   1-grams: cand (red 0, square ln2, stops ln2), |c| = sqrt(2) ln2; ref (red 0, square ln2, moves 0),
        //            |r| = ln2; dot = min(ln2, ln2) ln2 = ln2^2; cosine = 1/sqrt(2)
        //   2-grams: cand (red square, square stops), ref (red square, square moves): ln2^2 / (2 ln2^2) = 1/2
        //   3-grams: "red square stops" vs "red square moves": 0;  4-grams: none, 0
        //   2 bigrams each: penalty 1.  Score = 10 x (1/sqrt(2) + 1/2) / 4 = 3.0177669...
        // Clip 1, identical "red circle moves": 1-grams only circle weighs (cosine 1), 2- and 3-grams cosine 1,
        //   4-grams 0: 10 x 3/4 = 7.5.
        double[] scores = cider(List.of("red square stops", "red circle moves"),
                List.of(List.of("red square moves"), List.of("red circle moves")));

        assertThat(scores).containsExactly(new double[] {10 * (1 / Math.sqrt(2) + 0.5) / 4, 7.5}, within(1e-12));
        assertThat(scores[0]).isCloseTo(3.0177669529663689, within(1e-12));
    }

    @Test
    void aLengthDifferenceToTheReferenceIsPenalisedByAGaussianOfSigmaSix() {
        // All n-grams weigh ln 2 (df <= 1 in a 2-clip set). Clip 0, "square moves left" vs "square moves":
        //   1-grams: dot 2 ln2^2 / (sqrt(3) ln2 x sqrt(2) ln2) = 2/sqrt(6); 2-grams: ln2^2 / (sqrt(2) ln2 x ln2)
        //   = 1/sqrt(2); 3-grams: the reference has none, 0; 4-grams 0.
        //   Lengths in bigrams 2 and 1: penalty exp(-1/72).  Score = 10 x exp(-1/72) (2/sqrt(6) + 1/sqrt(2)) / 4.
        // Clip 1 is identical with two words: 5.
        double expected = 10 * Math.exp(-1.0 / 72) * (2 / Math.sqrt(6) + 1 / Math.sqrt(2)) / 4;

        double[] scores = cider(List.of("square moves left", "circle stays"),
                List.of(List.of("square moves"), List.of("circle stays")));

        assertThat(scores).containsExactly(new double[] {expected, 5}, within(1e-12));
        assertThat(expected).isCloseTo(3.7564711970301365, within(1e-12));
    }

    @Test
    void aRepeatedWordIsClippedAtItsWeightInTheReference() {
        // "square square" vs "square moves": candidate square weighs 2 ln2, the reference's ln2; the clipped dot is
        // min(2 ln2, ln2) x ln2 = ln2^2 over norms 2 ln2 x sqrt(2) ln2: 1/(2 sqrt(2)) (unclipped it would be
        // 1/sqrt(2)). Bigrams share nothing; lengths 1 and 1. Score = 10 / (4 x 2 sqrt(2)) = 0.88388...
        double[] scores = cider(List.of("square square", "circle stays"),
                List.of(List.of("square moves"), List.of("circle stays")));

        assertThat(scores).containsExactly(new double[] {10 / (8 * Math.sqrt(2)), 5}, within(1e-12));
        assertThat(CaptionMetrics.cider(List.of("square square", "circle stays"),
                List.of(List.of("square moves"), List.of("circle stays")))).isCloseTo(2.941941738241592, within(1e-12));
    }

    @Test
    void aCandidateSharingNothingAndAnEmptyCandidateScoreZero() {
        assertThat(cider(List.of("blue circle", ""), List.of(List.of("red square moves"), List.of("green one stays"))))
                .containsExactly(0, 0);
    }

    @Test
    void aOneClipSetScoresZeroBecauseEveryIdfIsLnOneMinusLnOne() {
        assertThat(cider(List.of("red square moves"), List.of(List.of("red square moves")))).containsExactly(0);
    }

    @Test
    void scoresFollowTheirClipsWhateverTheOrderOfClipsOrOfReferences() {
        List<String> candidates = List.of("red square moves", "red circle moves", "red circle");
        List<List<String>> references = List.of(List.of("red square moves", "a red square moves"),
                List.of("red circle moves"), List.of("the red circle", "red circle"));
        double[] scores = cider(candidates, references);

        double[] reordered = cider(List.of(candidates.get(2), candidates.get(0), candidates.get(1)),
                List.of(List.of("red circle", "the red circle"), List.of("a red square moves", "red square moves"),
                        references.get(1)));

        assertThat(reordered).containsExactly(new double[] {scores[2], scores[0], scores[1]}, within(1e-12));
        // The values of the Python transcription of cider_scorer.py (two references per clip, df up to 3 clips).
        assertThat(scores).containsExactly(new double[] {6.527289503383836, 7.5, 3.3536647093455696}, within(1e-12));
    }

    @Test
    void mismatchedListsAreRefused() {
        assertThatThrownBy(() -> CaptionMetrics.cider(List.of("a"), List.of(List.of("a"), List.of("b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("1 candidates but 2 reference lists");
        assertThatThrownBy(() -> CaptionMetrics.cider(List.of("a"), List.of(List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("clip 0 has no references");
    }
}
