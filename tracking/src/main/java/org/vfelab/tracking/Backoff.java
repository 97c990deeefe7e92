package org.vfelab.tracking;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Waits between attempts to reach a tracking server: exponential ({@code first}, doubled per failed attempt, at
 * most {@code cap}) with "equal jitter" (a random half of the step added to the other half), so that the trials of
 * a sweep that lost the same server do not all hammer it again at the same instant when it comes back.
 *
 * @param first the step after the first failure
 * @param cap   the largest step
 */
record Backoff(Duration first, Duration cap) {

    /** Requires {@code 0 < first <= cap}. */
    Backoff {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= cap, got first " + first + ", cap " + cap);
        }
    }

    /** Steps for a server given {@code retryFor}: a quarter second, up to a tenth of it (at most 30 s). */
    static Backoff within(Duration retryFor) {
        Duration first = Duration.ofMillis(250);
        Duration cap = retryFor.dividedBy(10);
        cap = cap.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : cap;
        return new Backoff(first, cap.compareTo(first) < 0 ? first : cap);
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first), jittered by {@code random}. */
    Duration delay(int failures, RandomGenerator random) {
        long step = first.toMillis();
        for (int i = 1; i < failures && step < cap.toMillis(); i++) {
            step *= 2;
        }
        step = Math.min(step, cap.toMillis());
        long half = step / 2;
        return Duration.ofMillis(step - half + random.nextLong(half + 1));
    }
}
