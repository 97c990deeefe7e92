package org.vfelab.core.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.vfelab.core.data.MovingShapesDataset;
import org.vfelab.core.data.StillFramesDataset;
import org.vfelab.core.plugin.DatasetFactory;
import org.vfelab.core.spec.ExperimentSpec;

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
        datasets.addBinding(MovingShapesDataset.TYPE).toInstance(CoreModule::movingShapes);
        datasets.addBinding(StillFramesDataset.MOVING_SHAPES_TYPE).toInstance(
                spec -> new StillFramesDataset(movingShapes(spec), spec.data().captionFamilies()));
        PluginMaps.declare(binder());
    }

    private static MovingShapesDataset movingShapes(ExperimentSpec spec) {
        return new MovingShapesDataset(spec.seed(), spec.data().frames(), spec.data().size(), spec.data().events(),
                spec.data().trainClips(), spec.data().evalClips(), spec.data().captionFamilies(),
                spec.model().text().maxTokens());
    }
}
