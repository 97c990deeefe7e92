package org.vfelab.movingshapes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.EvalSet;
import org.vfelab.core.data.VideoTextBatch;

/** The dataset with long clips: 4 motion events over 64 frames, captions of 4 clauses (23 words, 25 tokens). */
class MovingShapesLongClipsTest {
    private static final List<CaptionFamily> BOTH = List.of(CaptionFamily.APPEARANCE, CaptionFamily.TEMPORAL);
    private static final int FRAMES = 64;
    private static final int TOKENS = 25;

    private static MovingShapesDataset data(long seed) {
        return new MovingShapesDataset(seed, FRAMES, 32, 4, 4096, 64, BOTH, TOKENS);
    }

    @Test
    void temporalCaptionsNameFourEventsOfAlternatingShapes() {
        EvalSet set = data(7).evalSet(CaptionFamily.TEMPORAL);
        for (String caption : set.captions()) {
            String[] clauses = caption.split(" then ");
            assertThat(clauses).as(caption).hasSize(4);
            for (String clause : clauses) {
                assertThat(clause).as(caption).matches("the \\w+ \\w+ moves (left|right|up|down)");
            }
            assertThat(caption.split(" ")).hasSize(CaptionWriter.maxWords(CaptionFamily.TEMPORAL, 4));
            String first = shape(clauses[0]);
            boolean oneShape = Arrays.stream(clauses).allMatch(c -> shape(c).equals(first));
            for (int i = 1; i < clauses.length && !oneShape; i++) {
                assertThat(shape(clauses[i])).as(caption).isNotEqualTo(shape(clauses[i - 1]));
                assertThat(shape(clauses[i])).as(caption).isEqualTo(shape(clauses[i % 2]));
            }
        }
    }

    private static String shape(String clause) {
        return clause.substring("the ".length(), clause.indexOf(" moves"));
    }

    @Test
    void aClipsReversalIsCaptionedByItsEventsReversedWithOppositeDirections() {
        EvalSet set = data(7).evalSet(CaptionFamily.TEMPORAL);
        int m = set.size() / 2;
        for (int i = 0; i < m; i++) {
            assertThat(set.reversalOf()[i]).isEqualTo(i + m);
            assertThat(set.captions().get(i + m)).isEqualTo(TestClips.reverseTemporalCaption(set.captions().get(i)));
            assertThat(set.captions().get(i + m)).isNotEqualTo(set.captions().get(i));
        }
        for (int i : new int[] {0, 1, m - 1}) {
            TestClips.assertSameFloats(TestClips.clip(set.videos(), i + m),
                    TestClips.reverseFrames(TestClips.clip(set.videos(), i), FRAMES), "eval twin " + i);
        }
        VideoTextBatch batch = data(7).trainBatch(32, 2);
        assertThat(batch.videos().shape()).containsExactly(32, FRAMES, 32, 32, 3);
        assertThat(batch.tokens().shape()).containsExactly(32, TOKENS);
        for (int k = 0; k < 8; k++) {
            assertThat(batch.captions().get(2 * k + 1))
                    .isEqualTo(TestClips.reverseTemporalCaption(batch.captions().get(2 * k)));
        }
    }

    @Test
    void theSameSeedGivesTheSameClips() {
        VideoTextBatch a = data(7).trainBatch(16, 5);
        VideoTextBatch again = data(7).trainBatch(16, 5);
        TestClips.assertSameFloats(TestClips.floats(again.videos()), TestClips.floats(a.videos()), "same seed");
        assertThat(again.captions()).isEqualTo(a.captions());
        assertThat(again.tokens()).isEqualTo(a.tokens());
        assertThat(data(8).trainBatch(16, 5).captions()).isNotEqualTo(a.captions());
        assertThat(Arrays.equals(TestClips.floats(data(8).trainBatch(16, 5).videos()), TestClips.floats(a.videos())))
                .isFalse();
    }

    @Test
    void maxTokensMustHoldTheLongestCaptionOfTheEvents() {
        assertThatThrownBy(() -> new MovingShapesDataset(1, FRAMES, 32, 4, 64, 64, BOTH, TOKENS - 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxTokens 24 (model.text.max_tokens) is too "
                        + "small: temporal captions of 4 events (data.events) need up to 25 tokens (<bos>, 23 words, "
                        + "<eos>)");
        assertThatThrownBy(() -> new MovingShapesDataset(1, FRAMES, 32, 6, 64, 64, BOTH, TOKENS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 events (data.events) need up "
                        + "to 37 tokens");
        new MovingShapesDataset(1, FRAMES, 32, 6, 64, 64, List.of(CaptionFamily.APPEARANCE), 9);
        assertThatThrownBy(() -> new MovingShapesDataset(1, 4, 32, 4, 64, 64, BOTH, TOKENS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 5 frames");
    }
}
