package org.vfelab.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the learning rate moves after linear warmup; a closed set, so an enum rather than a plugin. */
public enum LrSchedule {
    /** Half-cosine decay from the peak rate to zero at the last step. */
    COSINE,
    /** The peak rate until the last step. */
    CONSTANT;

    /** The descriptor name: {@code cosine} or {@code constant}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a descriptor name; empty when unknown. */
    public static Optional<LrSchedule> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
