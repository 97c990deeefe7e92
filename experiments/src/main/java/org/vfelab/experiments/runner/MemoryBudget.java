package org.vfelab.experiments.runner;

import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.trial.ModelInspection;

import java.util.Locale;
import java.util.Optional;

/**
 * A sweep's {@code --memory-budget}: each trial's peak training memory predicted by the analytic estimate (the
 * graph is built, nothing is trained), so a trial that cannot fit is skipped before it is launched.
 *
 * @param bytes the budget
 */
public record MemoryBudget(long bytes) {

    private static final double GIGABYTE = 1024.0 * 1024.0 * 1024.0;

    public MemoryBudget {
        if (bytes <= 0) {
            throw new IllegalArgumentException("--memory-budget must be positive, got " + bytes + " bytes");
        }
    }

    /**
     * The budget of a {@code --memory-budget} value such as {@code 16GB}.
     *
     * @throws IllegalArgumentException when it is not a positive size
     */
    public static MemoryBudget parse(String text) {
        return new MemoryBudget(Quantities.bytes(text));
    }

    /** Bytes as the plan and the skip reason print them: {@code 1.17 GB} (binary). */
    public static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.2f GB", bytes / GIGABYTE);
    }

    /** The predicted peak training memory of a trial, in bytes. */
    public static long predict(PlannedTrial trial) {
        return ModelInspection.of(trial.spec()).memory().totalBytes();
    }

    /** Why a trial predicted to need {@code predicted} bytes does not fit, or empty when it does. */
    public Optional<String> excess(long predicted) {
        return predicted <= bytes ? Optional.empty() : Optional.of("predicted peak memory " + gigabytes(predicted)
                + " exceeds --memory-budget " + gigabytes(bytes));
    }
}
