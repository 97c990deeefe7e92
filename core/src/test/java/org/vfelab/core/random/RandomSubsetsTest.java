package org.vfelab.core.random;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RandomSubsetsTest {

    @Test
    void choosesKDistinctValuesInRange() {
        int[] chosen = RandomSubsets.choose(new SplittableRandom(1), 10, 7);
        assertThat(chosen).hasSize(7).doesNotHaveDuplicates();
        assertThat(Arrays.stream(chosen).allMatch(v -> v >= 0 && v < 10)).isTrue();
        assertThat(RandomSubsets.choose(new SplittableRandom(1), 5, 5)).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @Test
    void everyValueIsEquallyLikely() {
        int[] counts = new int[8];
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 8000; trial++) {
            for (int v : RandomSubsets.choose(random, 8, 2)) {
                counts[v]++;
            }
        }
        // each value is drawn with probability 2/8 per trial: 2000 expected, sd about 39
        assertThat(Arrays.stream(counts).allMatch(c -> Math.abs(c - 2000) < 200)).as(Arrays.toString(counts)).isTrue();
    }

    @Test
    void refusesImpossibleRequests() {
        assertThatThrownBy(() -> RandomSubsets.choose(new SplittableRandom(1), 3, 4))
                .hasMessage("cannot choose 4 of 3");
    }
}
