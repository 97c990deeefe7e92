package org.vfelab.experiments.sweep;

import org.vfelab.spec.ExperimentSpec;

import java.nio.file.Path;
import java.util.List;

/**
 * One trial of an expanded sweep: its label (the arm's label, with the seed when the sweep repeats seeds; the
 * MLflow run name), the arm it belongs to (the {@code vfe.arm} tag that groups seeds in figures), the base
 * descriptor and the overrides applied to it, the resolved descriptor and its stable trial key, and, for a stage of
 * a chain, the earlier stages whose checkpoints it starts from. In the resolved descriptor such a checkpoint key
 * reads {@code @<parent trial key>}, so the key of a stage changes with its parent's.
 */
public record PlannedTrial(String label, String arm, Path base, List<String> overrides, ExperimentSpec spec,
                           String key, List<StageLink> links) {
    public PlannedTrial {
        overrides = List.copyOf(overrides);
        links = List.copyOf(links);
    }

    /** The trials whose checkpoints this one starts from, each once; empty for a trial that starts from scratch. */
    public List<PlannedTrial> parents() {
        return links.stream().map(StageLink::parent).distinct().toList();
    }
}
