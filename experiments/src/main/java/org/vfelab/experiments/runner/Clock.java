package org.vfelab.experiments.runner;

/** Durations as the progress table prints them: {@code m:ss}, or {@code h:mm:ss} past an hour. */
final class Clock {

    private Clock() {
    }

    static String minutes(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
