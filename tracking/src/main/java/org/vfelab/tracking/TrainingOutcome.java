package org.vfelab.tracking;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a trial ended; {@link #tag()} is its {@code vfe.outcome} tag value. Training itself ends finished, diverged
 * (the loss stopped being finite) or oom; a trial can also end in error, killed (Ctrl-C, or its sweep runner went
 * away), timeout (a sweep's {@code --trial-timeout}), skipped-budget (a sweep's {@code --memory-budget} predicted
 * that it cannot fit, so it never started) or skipped-parent (a stage of a sweep whose parent stage, the trial whose
 * checkpoint it starts from, did not finish, so it never started).
 */
public enum TrainingOutcome {
    FINISHED, DIVERGED, OOM, ERROR, KILLED, TIMEOUT, SKIPPED_BUDGET, SKIPPED_PARENT;

    /** The tag value, e.g. {@code finished} or {@code skipped-budget}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The outcome whose {@link #tag()} this is. */
    public static TrainingOutcome fromTag(String tag) {
        return Arrays.stream(values()).filter(outcome -> outcome.tag().equals(tag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown vfe.outcome '" + tag + "'"));
    }
}
