package org.vfelab.movingshapes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.EvalSet;

class EvalSetTest {
    private static final MovingShapesDataset DATA = new MovingShapesDataset(1, 8, 32, 2, 128, 32,
            List.of(CaptionFamily.APPEARANCE, CaptionFamily.TEMPORAL), 13);

    @Test
    void temporalSetIsBaseClipsThenTheirReversals() {
        EvalSet set = DATA.evalSet(CaptionFamily.TEMPORAL);
        assertThat(set.size()).isEqualTo(32);
        int[] rev = set.reversalOf();
        for (int i = 0; i < 16; i++) {
            assertThat(rev[i]).isEqualTo(16 + i);
            assertThat(rev[16 + i]).isEqualTo(i);
            TestClips.assertSameFloats(TestClips.clip(set.videos(), 16 + i),
                    TestClips.reverseFrames(TestClips.clip(set.videos(), i), 8), "twin of " + i);
            assertThat(set.captions().get(16 + i))
                    .isEqualTo(TestClips.reverseTemporalCaption(set.captions().get(i)));
        }
        assertThat(DATA.evalSet(CaptionFamily.APPEARANCE).reversalOf()).containsOnly(-1);
    }

    @Test
    void appearanceAndTemporalSetsShareBaseClips() {
        EvalSet appearance = DATA.evalSet(CaptionFamily.APPEARANCE);
        EvalSet temporal = DATA.evalSet(CaptionFamily.TEMPORAL);
        for (int i = 0; i < 16; i++) {
            TestClips.assertSameFloats(TestClips.clip(temporal.videos(), i), TestClips.clip(appearance.videos(), i),
                    "eval clip " + i);
        }
    }

    @Test
    void shuffledFramesKeepCaptionsAndPermuteEachClipsFrames() {
        for (CaptionFamily family : CaptionFamily.values()) {
            EvalSet set = DATA.evalSet(family);
            EvalSet shuffled = set.withShuffledFrames(42);
            assertThat(shuffled.captions()).isEqualTo(set.captions());
            assertThat(shuffled.tokens()).isEqualTo(set.tokens());
            assertThat(shuffled.reversalOf()).isEqualTo(set.reversalOf());
            for (int i = 0; i < set.size(); i++) {
                float[][] before = frames(TestClips.clip(set.videos(), i), 8);
                float[][] after = frames(TestClips.clip(shuffled.videos(), i), 8);
                boolean[] used = new boolean[8];
                boolean reordered = false;
                for (int t = 0; t < 8; t++) {
                    int match = -1;
                    for (int s = 0; s < 8 && match < 0; s++) {
                        match = !used[s] && Arrays.equals(after[t], before[s]) ? s : -1;
                    }
                    assertThat(match).as("frame %d of clip %d comes from the clip", t, i).isNotNegative();
                    used[match] = true;
                    reordered |= match != t;
                }
                assertThat(reordered).as("clip %d reordered", i).isTrue();
            }
            assertThat(set.withShuffledFrames(42).videos()).isEqualTo(shuffled.videos());
            assertThat(set.withShuffledFrames(43).videos()).isNotEqualTo(shuffled.videos());
        }
    }

    @Test
    void shuffledFramesNeverLeaveAShortClipInOrder() {
        MovingShapesDataset three = new MovingShapesDataset(1, 3, 16, 2, 16, 64, List.of(CaptionFamily.TEMPORAL), 13);
        EvalSet set = three.evalSet(CaptionFamily.TEMPORAL);
        EvalSet shuffled = set.withShuffledFrames(7);
        for (int i = 0; i < set.size(); i++) {
            assertThat(Arrays.equals(TestClips.clip(shuffled.videos(), i), TestClips.clip(set.videos(), i)))
                    .as("clip %d of 3 frames still in order", i).isFalse();
        }
    }

    @Test
    void rejectsAnAsymmetricPairingAndHidesItsArray() {
        EvalSet set = DATA.evalSet(CaptionFamily.TEMPORAL);
        int[] bad = set.reversalOf();
        bad[0] = 1;
        assertThatThrownBy(() -> new EvalSet(set.family(), set.videos(), set.tokens(), set.tokenMask(),
                set.captions(), bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twin");
        set.reversalOf()[0] = 5;
        assertThat(set.reversalOf()[0]).isEqualTo(16);
    }

    private static float[][] frames(float[] clip, int frames) {
        int per = clip.length / frames;
        float[][] out = new float[frames][];
        for (int t = 0; t < frames; t++) {
            out[t] = Arrays.copyOfRange(clip, t * per, (t + 1) * per);
        }
        return out;
    }
}
