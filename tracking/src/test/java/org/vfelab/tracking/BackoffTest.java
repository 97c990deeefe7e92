package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {
    /** A generator that always draws {@code value} (clamped to the bound asked for). */
    private static RandomGenerator fixed(long value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return value;
            }

            @Override
            public long nextLong(long bound) {
                return Math.min(value, bound - 1);
            }
        };
    }

    @Test
    void stepsDoubleUpToTheCapWithHalfOfEachStepJittered() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(500));
        // Steps 100, 200, 400, 500, 500; the wait is half the step plus a draw in [0, half].
        assertThat(backoff.delay(1, fixed(0))).isEqualTo(Duration.ofMillis(50));
        assertThat(backoff.delay(1, fixed(Long.MAX_VALUE))).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delay(2, fixed(0))).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delay(3, fixed(7))).isEqualTo(Duration.ofMillis(207));
        assertThat(backoff.delay(4, fixed(0))).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.delay(60, fixed(Long.MAX_VALUE))).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void withinADeadlineTheCapIsATenthOfItBetweenAQuarterSecondAndThirtySeconds() {
        assertThat(Backoff.within(Duration.ofSeconds(300)).cap()).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.within(Duration.ofSeconds(60)).cap()).isEqualTo(Duration.ofSeconds(6));
        assertThat(Backoff.within(Duration.ofSeconds(1)).cap()).isEqualTo(Duration.ofMillis(250));
        assertThat(Backoff.within(Duration.ofSeconds(1)).first()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void aCapBelowTheFirstStepIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first <= cap");
    }
}
