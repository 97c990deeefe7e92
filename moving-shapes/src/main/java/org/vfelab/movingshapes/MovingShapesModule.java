package org.vfelab.movingshapes;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.vfelab.core.plugin.DatasetFactory;
import org.vfelab.spec.ExperimentSpec;

/**
 * Registers the synthetic datasets under their descriptor names ({@code data.type}): {@code moving-shapes} and
 * its image view {@code moving-shapes-images}.
 */
public final class MovingShapesModule extends AbstractModule {

    @Override
    protected void configure() {
        MapBinder<String, DatasetFactory> datasets = MapBinder.newMapBinder(binder(), String.class,
                DatasetFactory.class);
        datasets.addBinding(MovingShapesDataset.TYPE).toInstance(MovingShapesModule::movingShapes);
        datasets.addBinding(StillFramesDataset.MOVING_SHAPES_TYPE).toInstance(
                spec -> new StillFramesDataset(movingShapes(spec), spec.data().captionFamilies()));
    }

    private static MovingShapesDataset movingShapes(ExperimentSpec spec) {
        return new MovingShapesDataset(spec.seed(), spec.data().frames(), spec.data().size(), spec.data().events(),
                spec.data().trainClips(), spec.data().evalClips(), spec.data().captionFamilies(),
                spec.model().text().maxTokens());
    }
}
