package org.vfelab.sampling;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenSelection;
import org.vfelab.spec.SamplingSpec;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class RandomMaskSamplerTest {

    private static final TokenGrid GRID = new TokenGrid(4, 16, false);

    @Test
    void aFramewiseGridKeepsRoundOfOneMinusRatioTimesSInEveryTimeSlot() {
        RandomMaskSampler sampler = new RandomMaskSampler(new SamplingSpec("random-mask", 0.75));
        TokenGrid framewise = new TokenGrid(4, 10, true);
        assertThat(sampler.keptTokens(framewise, true)).as("round(0.25 * 10) = 3 per slot, 4 slots").isEqualTo(12);
        TokenSelection selection = sampler.select(2, framewise, new SplittableRandom(5), true);
        int[] positions = selection.positions();
        for (int clip = 0; clip < 2; clip++) {
            for (int slot = 0; slot < 4; slot++) {
                int[] inSlot = Arrays.copyOfRange(positions, clip * 12 + slot * 3, clip * 12 + slot * 3 + 3);
                assertThat(inSlot).isSorted().doesNotHaveDuplicates();
                assertThat(Arrays.stream(inSlot).map(p -> p / 10)).as("slots of %s", Arrays.toString(inSlot))
                        .containsOnly(slot);
            }
        }
    }

    @ParameterizedTest(name = "ratio {0} of {1} tokens keeps {2}")
    @CsvSource({"0.0, 64, 64", "0.25, 64, 48", "0.5, 64, 32", "0.75, 64, 16", "0.75, 512, 128", "0.3, 10, 7",
            "0.9, 64, 6"})
    void keepsExactlyRoundOfOneMinusRatioTimesNDistinctTokensPerClip(double ratio, int tokens, int expected) {
        RandomMaskSampler sampler = new RandomMaskSampler(new SamplingSpec("random-mask", ratio));
        TokenSelection selection = sampler.select(4, new TokenGrid(1, tokens, false), new SplittableRandom(1), true);
        assertThat(selection.keptPerClip()).isEqualTo(expected);
        int[] positions = selection.positions();
        for (int clip = 0; clip < 4; clip++) {
            int[] kept = Arrays.copyOfRange(positions, clip * expected, (clip + 1) * expected);
            assertThat(Arrays.stream(kept).distinct().count()).isEqualTo(expected);
            assertThat(kept).isSorted();
            assertThat(kept[0]).isNotNegative();
            assertThat(kept[expected - 1]).isLessThan(tokens);
        }
    }

    @Test
    void evaluationSeesEveryToken() {
        RandomMaskSampler sampler = new RandomMaskSampler(new SamplingSpec("random-mask", 0.75));
        assertThat(sampler.select(2, GRID, new SplittableRandom(1), false)).isEqualTo(TokenSelection.all(2, 64));
    }

    @Test
    void sameStreamSameMaskOtherStreamOtherMaskAndClipsDiffer() {
        RandomMaskSampler sampler = new RandomMaskSampler(new SamplingSpec("random-mask", 0.5));
        TokenSelection first = sampler.select(2, GRID, new SplittableRandom(3), true);
        assertThat(sampler.select(2, GRID, new SplittableRandom(3), true)).isEqualTo(first);
        assertThat(sampler.select(2, GRID, new SplittableRandom(4), true)).isNotEqualTo(first);
        int[] p = first.positions();
        assertThat(Arrays.copyOfRange(p, 0, 32)).isNotEqualTo(Arrays.copyOfRange(p, 32, 64));
    }

    @Test
    void rowsIndexTheBatchTokenTable() {
        TokenSelection selection = new TokenSelection(2, 4, 2, new int[] {1, 3, 0, 2});
        assertThat(selection.rows()).containsExactly(1, 3, 4, 6);
    }
}
