package org.vfelab.core.plugin;

import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.spec.ExperimentSpec;

/** Builds a trial's dataset; bound per short name ({@code data.type}) in a {@code MapBinder}. */
@FunctionalInterface
public interface DatasetFactory {
    VideoTextDataset create(ExperimentSpec spec);
}
