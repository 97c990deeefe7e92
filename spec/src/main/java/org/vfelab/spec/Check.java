package org.vfelab.spec;

import java.util.List;
import java.util.Objects;

/**
 * Compact-constructor guards shared by the spec records and the plugins' settings records; each names the
 * snake_case key it guards, so the loader reports a rejected value at that key's line instead of its section's.
 */
public final class Check {
    private Check() {
    }

    public static void require(boolean ok, String key, String reason) {
        if (!ok) {
            throw new SpecViolation(key, reason);
        }
    }

    public static void atLeast(String key, long value, long min) {
        require(value >= min, key, "must be >= " + min + ", got " + value);
    }

    public static void positive(String key, double value) {
        require(Double.isFinite(value) && value > 0, key, "must be a finite number > 0, got " + value);
    }

    public static String notBlank(String key, String value) {
        require(value != null && !value.isBlank(), key, "must not be empty");
        return value;
    }

    public static <T> T present(String key, T value) {
        return Objects.requireNonNull(value, key);
    }

    /** An immutable copy that rejects null elements with the key in the message. */
    public static <T> List<T> copy(String key, List<T> values) {
        present(key, values);
        require(values.stream().allMatch(Objects::nonNull), key, "must not contain empty entries");
        return List.copyOf(values);
    }
}
