package org.vfelab.experiments.trial;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A progress line of a trial's output read back, as a sweep runner reads its trials' output for the live table.
 * It parses exactly what {@link ProgressPrinter} prints (a test holds the two together).
 *
 * @param etaSeconds the trial's own estimate of the time left in training
 */
public record ProgressLine(int step, int totalSteps, double loss, long etaSeconds) {

    private static final Pattern LINE = Pattern.compile(
            "step\\s+(\\d+)/(\\d+)\\s+loss\\s+(\\S+)\\s.*ETA (\\d+):(\\d{2})\\s*");

    /** The progress in {@code line}, or empty when it is another kind of line. */
    public static Optional<ProgressLine> parse(String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        double loss;
        try {
            loss = Double.parseDouble(matcher.group(3));
        } catch (NumberFormatException e) {
            loss = Double.NaN;
        }
        return Optional.of(new ProgressLine(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                loss, Long.parseLong(matcher.group(4)) * 60 + Long.parseLong(matcher.group(5))));
    }
}
