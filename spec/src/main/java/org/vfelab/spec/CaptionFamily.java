package org.vfelab.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A family of captions in a video-text benchmark. Retrieval is scored per family because the paper's claims
 * differ by family: appearance captions are answerable from a single frame, temporal ones need frame order.
 */
public enum CaptionFamily {
    /** "a red square and a blue circle": one frame is enough. */
    APPEARANCE,
    /** "the red square moves left then the blue circle moves up": order matters. */
    TEMPORAL;

    /** The lowercase name used in descriptors, metric prefixes and reports. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a descriptor value such as {@code temporal}; empty when the name is unknown. */
    public static Optional<CaptionFamily> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
