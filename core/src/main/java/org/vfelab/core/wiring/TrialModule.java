package org.vfelab.core.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.vfelab.core.checkpoint.Checkpoint;
import org.vfelab.core.checkpoint.CheckpointFiles;
import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.core.model.DualEncoderDesign;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.BackboneFactory;
import org.vfelab.core.plugin.ContrastiveLoss;
import org.vfelab.core.plugin.ContrastiveLossFactory;
import org.vfelab.core.plugin.DatasetFactory;
import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.InputSamplerFactory;
import org.vfelab.core.plugin.TaskContext;
import org.vfelab.core.plugin.TaskFactory;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.PluginKind;
import org.vfelab.core.train.Trainer;
import org.vfelab.core.train.TrialTraining;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Binds one trial: its resolved spec, and the dataset, backbone, sampler, loss and task the spec names, picked
 * from the plugin maps. One injector per trial (docs/architecture.md, design rule "one injector per trial"), so nothing leaks from one trial into the next.
 */
public final class TrialModule extends AbstractModule {

    private final ExperimentSpec spec;

    public TrialModule(ExperimentSpec spec) {
        this.spec = spec;
    }

    @Override
    protected void configure() {
        bind(ExperimentSpec.class).toInstance(spec);
    }

    @Provides
    @Singleton
    VideoTextDataset dataset(Map<String, DatasetFactory> datasets) {
        return PluginMaps.pick(datasets, PluginKind.DATASET, spec.data().type()).create(spec);
    }

    @Provides
    @Singleton
    Backbone backbone(Map<String, BackboneFactory> backbones) {
        return PluginMaps.pick(backbones, PluginKind.BACKBONE, spec.model().backbone().type()).create(spec.model());
    }

    @Provides
    @Singleton
    InputSampler sampler(Map<String, InputSamplerFactory> samplers) {
        return PluginMaps.pick(samplers, PluginKind.SAMPLER, spec.sampling().type()).create(spec.sampling());
    }

    @Provides
    @Singleton
    ContrastiveLoss loss(Map<String, ContrastiveLossFactory> losses) {
        return PluginMaps.pick(losses, PluginKind.LOSS, spec.loss().type()).create(spec.loss());
    }

    @Provides
    @Singleton
    DualEncoderDesign design(VideoTextDataset data, Backbone backbone, InputSampler sampler, ContrastiveLoss loss) {
        int vocabulary = data.vocabulary().size();
        if (vocabulary > spec.model().text().vocab()) {
            throw new IllegalArgumentException("model.text.vocab: " + spec.model().text().vocab()
                    + " is smaller than the " + spec.data().type() + " vocabulary (" + vocabulary + " tokens)");
        }
        Optional<Checkpoint> start = spec.model().initialised()
                ? Optional.of(CheckpointFiles.read(Path.of(spec.model().initFrom()))) : Optional.empty();
        return new DualEncoderDesign(spec.model(), data.clipShape(), backbone, sampler, loss, spec.seed(), start);
    }

    /** The contrastive trainer (what {@code vfe bench} measures, whatever the descriptor's task). */
    @Provides
    @Singleton
    Trainer trainer(DualEncoderDesign design, VideoTextDataset data, InputSampler sampler) {
        return new Trainer(design, data, sampler, spec.training(), spec.evaluation(),
                spec.data().captionFamilies(), spec.seed());
    }

    /** What the descriptor's {@code task.type} trains. */
    @Provides
    @Singleton
    TrialTraining training(Map<String, TaskFactory> tasks, Provider<Trainer> trainer,
                           Provider<DualEncoderDesign> design, VideoTextDataset data, InputSampler sampler) {
        return PluginMaps.pick(tasks, PluginKind.TASK, spec.task().type())
                .create(new TaskContext(spec, data, sampler, design::get, trainer::get));
    }
}
