package org.vfelab.spec;

/**
 * A rejected value that knows which descriptor key it belongs to, so the loader can point at the exact line
 * of that key instead of at the enclosing section. Code that builds records directly just sees an
 * {@link IllegalArgumentException} whose message starts with the key.
 */
final class SpecViolation extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final String reason;

    /**
     * @param key    the snake_case key relative to the record that rejects it, e.g. {@code warmup_steps}
     * @param reason what the allowed range is and what was given, e.g. {@code must be >= 1, got 0}
     */
    SpecViolation(String key, String reason) {
        super(key + " " + reason);
        this.key = key;
        this.reason = reason;
    }

    String key() {
        return key;
    }

    String reason() {
        return reason;
    }
}
