package org.vfelab.experiments.testplugin;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.vfelab.core.plugin.BackboneFactory;
import org.vfelab.spec.PluginKind;
import org.vfelab.core.wiring.PluginMaps;

/** The test-only plugin's binding: its factory under {@code pooled-mlp}, and its settings. */
public final class PooledMlpModule extends AbstractModule {

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, BackboneFactory.class).addBinding("pooled-mlp")
                .toInstance(PooledMlpBackbone::new);
        PluginMaps.settings(binder(), PluginKind.BACKBONE, "pooled-mlp", PooledMlpSettings.DEFAULTS);
    }
}
