package org.vfelab.sampling;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.vfelab.core.plugin.InputSamplerFactory;

/** Registers every input sampler under its descriptor name ({@code sampling.type}). */
public final class SamplingModule extends AbstractModule {

    @Override
    protected void configure() {
        MapBinder<String, InputSamplerFactory> samplers = MapBinder.newMapBinder(binder(), String.class,
                InputSamplerFactory.class);
        samplers.addBinding("random-mask").toInstance(RandomMaskSampler::new);
    }
}
