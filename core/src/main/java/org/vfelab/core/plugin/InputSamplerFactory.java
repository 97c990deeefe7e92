package org.vfelab.core.plugin;

import org.vfelab.spec.SamplingSpec;

/** Builds an input sampler for a trial; plugin modules bind one per short name in a {@code MapBinder}. */
@FunctionalInterface
public interface InputSamplerFactory {
    InputSampler create(SamplingSpec sampling);
}
