package org.vfelab.captioning;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.vfelab.core.checkpoint.CheckpointFiles;
import org.vfelab.core.plugin.TaskContext;
import org.vfelab.core.plugin.TaskFactory;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.TaskSpec;
import org.vfelab.core.train.TrialTraining;

import java.nio.file.Path;

/** Registers the video-to-text tasks under their descriptor names ({@code task.type}). */
public final class CaptioningModule extends AbstractModule {

    @Override
    protected void configure() {
        MapBinder<String, TaskFactory> tasks = MapBinder.newMapBinder(binder(), String.class, TaskFactory.class);
        tasks.addBinding(LanguageModelTraining.TYPE).toInstance(
                trial -> new LanguageModelTraining(trial.spec(), trial.data()));
        tasks.addBinding(TaskSpec.CAPTIONING).toInstance(CaptioningModule::captioning);
    }

    private static TrialTraining captioning(TaskContext trial) {
        ExperimentSpec spec = trial.spec();
        CaptioningDesign design = new CaptioningDesign(trial.design().get(), spec.task(), spec.model().text(),
                CheckpointFiles.read(Path.of(spec.task().languageModel())));
        return new CaptioningTraining(spec, trial.data(), design, trial.sampler());
    }
}
