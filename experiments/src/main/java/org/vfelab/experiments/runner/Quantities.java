package org.vfelab.experiments.runner;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the sizes and durations of the sweep command line: {@code 16GB}, {@code 512MiB}, {@code 90s}, {@code 2h}. */
public final class Quantities {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)i?b?");
    private static final Pattern SPAN = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(s|m|h|min)?");

    private Quantities() {
    }

    /**
     * Bytes in a size such as {@code 16GB}, {@code 1.5g}, {@code 512MiB} or {@code 1000000} (binary units:
     * 1 GB = 2^30 bytes, as memory is reported for accelerators).
     *
     * @throws IllegalArgumentException when it is not a size
     */
    public static long bytes(String text) {
        Matcher matcher = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a memory size; write e.g. 16GB, 512MB or 1.5GB");
        }
        int power = matcher.group(2).isEmpty() ? 0 : "kmgt".indexOf(matcher.group(2)) + 1;
        return Math.round(Double.parseDouble(matcher.group(1)) * Math.pow(1024, power));
    }

    /**
     * A duration such as {@code 90s}, {@code 30m}, {@code 1.5h} or {@code 600} (seconds).
     *
     * @throws IllegalArgumentException when it is not a positive duration
     */
    public static Duration duration(String text) {
        Matcher matcher = SPAN.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!matcher.matches() || Double.parseDouble(matcher.group(1)) <= 0) {
            throw new IllegalArgumentException("'" + text + "' is not a positive duration; write e.g. 90s, 30m or 2h");
        }
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        double seconds = Double.parseDouble(matcher.group(1)) * switch (unit) {
            case "h" -> 3600;
            case "m", "min" -> 60;
            default -> 1;
        };
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
