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
        samplers.addBinding("tube-mask").toInstance(TubeMaskSampler::new);
        samplers.addBinding("coarse-temporal").toInstance(spec -> new CoarseTubeletSampler(spec, 2, 1));
        samplers.addBinding("coarse-spatial").toInstance(spec -> new CoarseTubeletSampler(spec, 1, 2));
        samplers.addBinding("tubevit").toInstance(TubeVitSampler::new);
    }
}
