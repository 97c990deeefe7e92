package org.vfelab.sampling;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.InputSamplerFactory;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenSelection;
import org.vfelab.spec.SamplingSpec;
import org.vfelab.spec.Tubelet;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Every registered input sampler honours the sampling contract; a new sampler is picked up automatically. */
class SamplerContractTest {

    private static final int BATCH = 3;

    static Set<String> registered() {
        return factories().keySet();
    }

    /**
     * Tokens of an 8 x 32 x 32 clip from the 2 x 8 x 8 descriptor tubelet: (8 / frames) x (32 / height) x
     * (32 / width), then masking: random tokens keep round(0.5 N), tube masking round(0.5 S) per time slot.
     */
    @ParameterizedTest(name = "{0}: {1} tokens, {2} kept at 50 %")
    @CsvSource({"random-mask, 64, 32", "tube-mask, 64, 32", "coarse-temporal, 32, 16", "coarse-spatial, 16, 8"})
    void tokenCountsOfAKnownClip(String name, int tokens, int keptAtHalf) {
        InputSampler sampler = sampler(name, 0.5);
        Tubelet tubelet = sampler.tubelet(new Tubelet(2, 8, 8));
        TokenGrid grid = new TokenGrid(8 / tubelet.frames(), (32 / tubelet.height()) * (32 / tubelet.width()), false);

        assertThat(grid.tokens()).isEqualTo(tokens);
        assertThat(sampler.keptTokens(grid, true)).isEqualTo(keptAtHalf);
        assertThat(sampler.keptTokens(grid, false)).isEqualTo(tokens);
    }

    @ParameterizedTest
    @MethodSource("registered")
    void keepsDistinctSortedPositionsAndEverythingInEvaluation(String name) {
        InputSampler sampler = sampler(name, 0.5);
        TokenGrid grid = new TokenGrid(4, 16, false);
        TokenSelection selection = sampler.select(BATCH, grid, new SplittableRandom(1), true);

        assertThat(selection.keptPerClip()).isEqualTo(sampler.keptTokens(grid, true)).isLessThan(grid.tokens());
        for (int clip = 0; clip < BATCH; clip++) {
            int[] kept = clipPositions(selection, clip);
            assertThat(kept).isSorted().doesNotHaveDuplicates();
            assertThat(Arrays.stream(kept).boxed()).allSatisfy(p -> assertThat(p).isBetween(0, grid.tokens() - 1));
        }
        assertThat(sampler.select(BATCH, grid, new SplittableRandom(1), false))
                .isEqualTo(TokenSelection.all(BATCH, grid.tokens()));
    }

    @ParameterizedTest
    @MethodSource("registered")
    void aFramewiseGridKeepsAsManyTokensInEveryTimeSlot(String name) {
        TokenGrid grid = new TokenGrid(4, 16, true);
        TokenSelection selection = sampler(name, 0.5).select(BATCH, grid, new SplittableRandom(2), true);

        for (int clip = 0; clip < BATCH; clip++) {
            int[] perSlot = new int[4];
            Arrays.stream(clipPositions(selection, clip)).forEach(p -> perSlot[p / 16]++);
            assertThat(perSlot).containsOnly(selection.keptPerClip() / 4);
        }
    }

    @ParameterizedTest
    @MethodSource("registered")
    void theSameStreamGivesTheSameMaskAndAnotherStepAnother(String name) {
        InputSampler sampler = sampler(name, 0.5);
        TokenGrid grid = new TokenGrid(4, 16, false);
        TokenSelection step0 = sampler.select(BATCH, grid, new SplittableRandom(10), true);

        assertThat(sampler(name, 0.5).select(BATCH, grid, new SplittableRandom(10), true)).isEqualTo(step0);
        assertThat(sampler.select(BATCH, grid, new SplittableRandom(11), true)).isNotEqualTo(step0);
    }

    private static int[] clipPositions(TokenSelection selection, int clip) {
        int k = selection.keptPerClip();
        return Arrays.copyOfRange(selection.positions(), clip * k, (clip + 1) * k);
    }

    private static InputSampler sampler(String name, double ratio) {
        return factories().get(name).create(new SamplingSpec(name, ratio));
    }

    private static Map<String, InputSamplerFactory> factories() {
        return Guice.createInjector(new SamplingModule())
                .getInstance(Key.get(new TypeLiteral<Map<String, InputSamplerFactory>>() { }));
    }
}
