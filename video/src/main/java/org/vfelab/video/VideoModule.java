package org.vfelab.video;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.vfelab.core.plugin.DatasetFactory;
import org.vfelab.core.wiring.PluginMaps;
import org.vfelab.spec.PluginKind;

/** Registers the {@code video-files} dataset under its descriptor name ({@code data.type}), and its {@code data.video} settings. */
public final class VideoModule extends AbstractModule {

    @Override
    protected void configure() {
        MapBinder<String, DatasetFactory> datasets = MapBinder.newMapBinder(binder(), String.class,
                DatasetFactory.class);
        datasets.addBinding(VideoFilesDataset.TYPE).toInstance(VideoFilesSource::open);
        PluginMaps.settings(binder(), PluginKind.DATASET, VideoFilesDataset.TYPE, "video", VideoFilesSettings.DEFAULTS);
    }
}
