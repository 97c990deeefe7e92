package org.vfelab.core.plugin;

import org.vfelab.spec.LossSpec;

/** Builds a contrastive loss for a trial; plugin modules bind one per short name in a {@code MapBinder}. */
@FunctionalInterface
public interface ContrastiveLossFactory {
    ContrastiveLoss create(LossSpec loss);
}
