package org.vfelab.experiments.sweep;

import java.util.List;

/**
 * One arm of a sweep: a human label (the MLflow run name and the figure legend) and the descriptor overrides that
 * make it, as {@code key=value} in the {@code --set} syntax.
 */
public record Arm(String label, List<String> overrides) {
    public Arm {
        overrides = List.copyOf(overrides);
    }
}
