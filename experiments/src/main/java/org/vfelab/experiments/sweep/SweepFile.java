package org.vfelab.experiments.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A loaded sweep file: its name, the base descriptor every trial starts from (unless its arm has its own), overrides
 * shared by all trials, the arms, and the seeds every arm is repeated over (empty: the base's own seed).
 *
 * @param base empty only when every arm has a base of its own
 */
public record SweepFile(Path source, String name, Optional<Path> base, List<String> common, List<Arm> arms,
                        List<Long> seeds) {
    public SweepFile {
        common = List.copyOf(common);
        arms = List.copyOf(arms);
        seeds = List.copyOf(seeds);
        if (base.isEmpty() && arms.stream().anyMatch(arm -> arm.base().isEmpty())) {
            throw new IllegalArgumentException(source + ": an arm without a base of its own needs the sweep's base");
        }
    }

    /** The descriptor the trials of {@code arm} start from: its own base, or the sweep's. */
    public Path baseOf(Arm arm) {
        return arm.base().or(() -> base).orElseThrow();
    }
}
