package org.vfelab.experiments.sweep;

import org.vfelab.core.spec.ExperimentSpec;

import java.util.List;

/**
 * One trial of an expanded sweep: its arm's label (with the seed when the sweep repeats seeds), the overrides
 * applied to the base, the resolved descriptor and its stable trial key.
 */
public record PlannedTrial(String label, List<String> overrides, ExperimentSpec spec, String key) {
    public PlannedTrial {
        overrides = List.copyOf(overrides);
    }
}
