package org.vfelab.captioning;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.vfelab.core.checkpoint.CheckpointFiles;
import org.vfelab.core.plugin.TaskContext;
import org.vfelab.core.plugin.TaskFactory;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.core.wiring.PluginMaps;
import org.vfelab.spec.PluginKind;
import org.vfelab.core.train.TrialTraining;

import java.nio.file.Path;

/** Registers the video-to-text tasks under their descriptor names ({@code task.type}), and captioning's settings. */
public final class CaptioningModule extends AbstractModule {
    /** The {@code task.type} of video-to-text tuning. */
    public static final String CAPTIONING = "captioning";

    @Override
    protected void configure() {
        MapBinder<String, TaskFactory> tasks = MapBinder.newMapBinder(binder(), String.class, TaskFactory.class);
        tasks.addBinding(LanguageModelTraining.TYPE).toInstance(
                trial -> new LanguageModelTraining(trial.spec(), trial.data()));
        tasks.addBinding(CAPTIONING).toInstance(CaptioningModule::captioning);
        PluginMaps.settings(binder(), PluginKind.TASK, CAPTIONING, CaptioningSettings.DEFAULTS);
    }

    private static TrialTraining captioning(TaskContext trial) {
        ExperimentSpec spec = trial.spec();
        CaptioningSettings settings = spec.task().settings(CaptioningSettings.class);
        CaptioningDesign design = new CaptioningDesign(trial.design().get(), settings, spec.model().text(),
                CheckpointFiles.read(Path.of(settings.languageModel())));
        return new CaptioningTraining(spec, trial.data(), design, trial.sampler());
    }
}
