package org.vfelab.video.index;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The split a video of a caption index belongs to. Training uses {@link #TRAIN}; evaluation uses {@link #VAL}, or
 * {@link #TEST} when the index has no validation videos.
 */
public enum Split {
    TRAIN,
    VAL,
    TEST;

    /** The names an index may use, MSR-VTT's {@code validate} included; an empty value means train. */
    private static final Map<String, Split> NAMES = Map.of("", TRAIN, "train", TRAIN, "val", VAL, "valid", VAL,
            "validate", VAL, "validation", VAL, "test", TEST);

    /** The split named {@code name} (case and surrounding blanks ignored); empty when the name is unknown. */
    public static Optional<Split> fromName(String name) {
        return Optional.ofNullable(NAMES.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** The lowercase name used in messages. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The accepted names, for error messages. */
    static String known() {
        return "train, val (or valid, validate, validation), test, or empty for train";
    }
}
