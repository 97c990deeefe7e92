package org.vfelab.experiments.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * A loaded sweep file: its name, the base descriptor every trial starts from, overrides shared by all trials,
 * the arms, and the seeds every arm is repeated over (empty: the base's own seed).
 */
public record SweepFile(Path source, String name, Path base, List<String> common, List<Arm> arms, List<Long> seeds) {
    public SweepFile {
        common = List.copyOf(common);
        arms = List.copyOf(arms);
        seeds = List.copyOf(seeds);
    }
}
