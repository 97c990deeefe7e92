package org.vfelab.core.plugin;

import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.core.model.DualEncoderDesign;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.core.train.Trainer;

import java.util.function.Supplier;

/**
 * What a task can build its training from. The dual encoder's design and trainer are supplied on demand, because
 * building them reads checkpoints and checks the vocabulary against the video model, which a task without a
 * video encoder (the language model) must not need.
 *
 * @param spec    the trial's resolved spec
 * @param data    the trial's dataset
 * @param sampler the trial's input sampler
 * @param design  the dual encoder's design, built on first use
 * @param trainer the contrastive trainer of that design, built on first use
 */
public record TaskContext(ExperimentSpec spec, VideoTextDataset data, InputSampler sampler,
                          Supplier<DualEncoderDesign> design, Supplier<Trainer> trainer) {
}
