package org.vfelab.core.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.vfelab.core.data.MovingShapesDataset;
import org.vfelab.core.plugin.DatasetFactory;

/**
 * Core's own registrations: the datasets. Also declares the (possibly empty) plugin maps so that an injector
 * without one of the plugin modules still builds and reports "no such plugin" instead of a missing binding.
 */
public final class CoreModule extends AbstractModule {

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
        binder().disableCircularProxies();
        binder().requireAtInjectOnConstructors();
        MapBinder<String, DatasetFactory> datasets = MapBinder.newMapBinder(binder(), String.class,
                DatasetFactory.class);
        datasets.addBinding("moving-shapes").toInstance(spec -> new MovingShapesDataset(spec.seed(),
                spec.data().frames(), spec.data().size(), spec.data().trainClips(), spec.data().evalClips(),
                spec.data().captionFamilies(), spec.model().text().maxTokens()));
        PluginMaps.declare(binder());
    }
}
