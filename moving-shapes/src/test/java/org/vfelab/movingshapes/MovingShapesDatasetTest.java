package org.vfelab.movingshapes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.ClipShape;
import org.vfelab.core.data.EvalSet;
import org.vfelab.core.data.VideoTextBatch;

class MovingShapesDatasetTest {
    private static final List<CaptionFamily> BOTH = List.of(CaptionFamily.APPEARANCE, CaptionFamily.TEMPORAL);

    private static MovingShapesDataset data(long seed, List<CaptionFamily> families) {
        return new MovingShapesDataset(seed, 8, 32, 2, 2048, 64, families, 13);
    }

    @Test
    void batchHasTheContractedLayout() {
        MovingShapesDataset d = data(7, BOTH);
        assertThat(d.clipShape()).isEqualTo(new ClipShape(8, 32, 32, 3));
        assertThat(d.clipShape().floatsPerClip()).isEqualTo(8 * 32 * 32 * 3);
        VideoTextBatch b = d.trainBatch(32, 0);
        assertThat(b.videos().shape()).containsExactly(32, 8, 32, 32, 3);
        assertThat(b.videos().dataType()).isEqualTo(DataType.FLOAT);
        assertThat(b.tokens().shape()).containsExactly(32, 13);
        assertThat(b.tokens().dataType()).isEqualTo(DataType.INT32);
        assertThat(b.tokenMask().dataType()).isEqualTo(DataType.FLOAT);
        assertThat(b.videos().minNumber().doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(b.videos().maxNumber().doubleValue()).isLessThanOrEqualTo(1);
        float[] mask = TestClips.floats(b.tokenMask());
        for (int i = 0; i < 32; i++) {
            int[] row = b.tokens().getRow(i).toIntVector();
            assertThat(row).isEqualTo(d.vocabulary().encode(b.captions().get(i), 13));
            int real = b.captions().get(i).split(" ").length + 2;
            for (int j = 0; j < 13; j++) {
                assertThat(mask[i * 13 + j]).isEqualTo(j < real ? 1f : 0f);
            }
        }
    }

    @Test
    void batchIsAFunctionOfSeedAndStep() {
        VideoTextBatch a = data(7, BOTH).trainBatch(16, 5);
        VideoTextBatch again = data(7, BOTH).trainBatch(16, 5);
        TestClips.assertSameFloats(TestClips.floats(again.videos()), TestClips.floats(a.videos()), "same step");
        assertThat(again.tokens()).isEqualTo(a.tokens());
        assertThat(again.captions()).isEqualTo(a.captions());
        float[] first = TestClips.floats(a.videos());
        assertThat(Arrays.equals(TestClips.floats(data(7, BOTH).trainBatch(16, 6).videos()), first)).isFalse();
        assertThat(Arrays.equals(TestClips.floats(data(8, BOTH).trainBatch(16, 5).videos()), first)).isFalse();
        assertThat(data(7, BOTH).trainBatch(16, 6).captions()).isNotEqualTo(a.captions());
    }

    @ParameterizedTest(name = "{0} train clips")
    @ValueSource(ints = {24, 50, 2048})
    void withBothFamiliesAQuarterOfTheBatchArePairsWithTheirReversals(int trainClips) {
        // 24 is exactly the number of distinct clips a batch of 32 needs (8 pairs + 16 singles)
        VideoTextBatch b = new MovingShapesDataset(3, 8, 32, 2, trainClips, 16, BOTH, 13).trainBatch(32, 9);
        float[][] clips = clips(b);
        for (int k = 0; k < 8; k++) {
            TestClips.assertSameFloats(clips[2 * k + 1], TestClips.reverseFrames(clips[2 * k], 8), "twin " + k);
            assertThat(b.captions().get(2 * k)).startsWith("the ");
            assertThat(b.captions().get(2 * k + 1))
                    .isEqualTo(TestClips.reverseTemporalCaption(b.captions().get(2 * k)));
        }
        for (int i = 16; i < 32; i++) {
            assertThat(b.captions().get(i)).startsWith("a ");
        }
        assertNoClipTwice(clips, 8);
    }

    @Test
    void withOneFamilyTheBatchKeepsToIt() {
        VideoTextBatch appearance = data(3, List.of(CaptionFamily.APPEARANCE)).trainBatch(32, 9);
        assertThat(appearance.captions()).allMatch(c -> c.startsWith("a "));
        assertNoClipTwice(clips(appearance), 0);

        VideoTextBatch temporal = data(3, List.of(CaptionFamily.TEMPORAL)).trainBatch(32, 9);
        assertThat(temporal.captions()).allMatch(c -> c.startsWith("the "));
        float[][] clips = clips(temporal);
        for (int k = 0; k < 8; k++) {
            TestClips.assertSameFloats(clips[2 * k + 1], TestClips.reverseFrames(clips[2 * k], 8), "twin " + k);
        }
        assertNoClipTwice(clips, 8);
    }

    /** No clip appears twice, forwards or backwards, except row 2k+1 as the reversal of row 2k for k < pairs. */
    private static void assertNoClipTwice(float[][] clips, int pairs) {
        for (int i = 0; i < clips.length; i++) {
            float[] reversed = TestClips.reverseFrames(clips[i], 8);
            for (int j = i + 1; j < clips.length; j++) {
                assertThat(Arrays.equals(clips[i], clips[j])).as("rows %d and %d", i, j).isFalse();
                boolean twins = i < 2 * pairs && i % 2 == 0 && j == i + 1;
                assertThat(Arrays.equals(reversed, clips[j])).as("rows %d and %d reversed", i, j).isEqualTo(twins);
            }
        }
    }

    @Test
    void evalClipsAreNotTrainClips() {
        MovingShapesDataset d = new MovingShapesDataset(4, 8, 32, 2, 16, 16, List.of(CaptionFamily.APPEARANCE), 9);
        float[][] train = clips(d.trainBatch(16, 0));
        EvalSet eval = d.evalSet(CaptionFamily.APPEARANCE);
        for (int i = 0; i < eval.size(); i++) {
            float[] e = TestClips.clip(eval.videos(), i);
            for (float[] t : train) {
                assertThat(Arrays.equals(e, t)).isFalse();
            }
        }
        assertThat(eval.captions()).isNotEqualTo(d.trainBatch(16, 0).captions());
    }

    @Test
    void validatesItsConfiguration() {
        assertThatThrownBy(() -> new MovingShapesDataset(1, 8, 32, 2, 64, 64, BOTH, 12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need up to 13 tokens");
        new MovingShapesDataset(1, 8, 32, 2, 64, 64, List.of(CaptionFamily.APPEARANCE), 9);
        assertThatThrownBy(() -> new MovingShapesDataset(1, 2, 32, 2, 64, 64, BOTH, 13))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 frames");
        assertThatThrownBy(() -> new MovingShapesDataset(1, 8, 32, 2, 64, 64, List.of(), 13))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBatchLargerThanTheTrainSplitRepeatsEveryClipOncePerRound() {
        VideoTextBatch batch = new MovingShapesDataset(1, 8, 32, 2, 8, 64, List.of(CaptionFamily.APPEARANCE), 13)
                .trainBatch(20, 0);

        assertThat(batch.captions()).hasSize(20);
        assertThat(batch.videos().size(0)).isEqualTo(20);
        assertThat(batch.captions().stream().distinct().count()).isBetween(2L, 8L);
    }

    @Test
    void largerAndLongerClipsWorkAndLargeSetsAreAssembledInChunks() {
        for (int[] config : new int[][] {{16, 64}, {64, 32}}) {
            int frames = config[0];
            int size = config[1];
            MovingShapesDataset big = new MovingShapesDataset(5, frames, size, 2, 512, 256, BOTH, 13);
            VideoTextBatch b = big.trainBatch(8, 3);
            assertThat(b.videos().shape()).containsExactly(8, frames, size, size, 3);
            TestClips.assertSameFloats(TestClips.clip(b.videos(), 1),
                    TestClips.reverseFrames(TestClips.clip(b.videos(), 0), frames), "train twin");
            // 256 clips are several chunks; each clip must equal the same clip assembled alone
            EvalSet set = big.evalSet(CaptionFamily.TEMPORAL);
            assertThat(256L * big.clipShape().floatsPerClip()).isGreaterThan(ClipAssembler.CHUNK_FLOATS);
            EvalSet small = new MovingShapesDataset(5, frames, size, 2, 512, 4, BOTH, 13)
                    .evalSet(CaptionFamily.TEMPORAL);
            for (int i : new int[] {0, 1}) {
                float[] clip = TestClips.clip(set.videos(), i);
                TestClips.assertSameFloats(clip, TestClips.clip(small.videos(), i), "eval clip " + i);
                TestClips.assertSameFloats(TestClips.clip(set.videos(), 128 + i), TestClips.reverseFrames(clip, frames),
                        "eval twin " + i);
                assertThat(set.captions().get(i)).isEqualTo(small.captions().get(i));
            }
        }
    }

    private static float[][] clips(VideoTextBatch b) {
        float[][] out = new float[b.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = TestClips.clip(b.videos(), i);
        }
        return out;
    }
}
