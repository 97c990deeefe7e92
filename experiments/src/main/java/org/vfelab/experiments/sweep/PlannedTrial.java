package org.vfelab.experiments.sweep;

import org.vfelab.core.spec.ExperimentSpec;

import java.util.List;

/**
 * One trial of an expanded sweep: its label (the arm's label, with the seed when the sweep repeats seeds; the
 * MLflow run name), the arm it belongs to (the {@code vfe.arm} tag that groups seeds in figures), the overrides
 * applied to the base, the resolved descriptor and its stable trial key.
 */
public record PlannedTrial(String label, String arm, List<String> overrides, ExperimentSpec spec, String key) {
    public PlannedTrial {
        overrides = List.copyOf(overrides);
    }
}
