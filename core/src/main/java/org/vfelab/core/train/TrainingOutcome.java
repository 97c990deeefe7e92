package org.vfelab.core.train;

import java.util.Locale;

/** How a training run ended; the lowercase name is the {@code vfe.outcome} tag value. */
public enum TrainingOutcome {
    FINISHED, DIVERGED, OOM, ERROR, KILLED;

    /** The tag value, e.g. {@code finished}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
