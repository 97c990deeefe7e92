package org.vfelab.captioning;

import org.vfelab.spec.Check;
import org.vfelab.spec.ChosenPluginCheck;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.Setting;

/**
 * The {@code captioning} task's own keys ({@code task.language_model}, {@code task.time_chunks}, ...): the parts
 * of video-to-text that the dual-encoder sections do not describe. A captioning trial's video encoder is
 * {@code model} started from {@code model.init_from}; its language model is the {@code language-model} trial whose
 * checkpoint {@code languageModel} names. Both stay frozen; only the resampler and the gated cross-attention
 * layers train.
 *
 * @param languageModel  the language model's checkpoint file ({@code @id} in a sweep)
 * @param timeChunks     the video tokens are mean-pooled over time into this many chunks per spatial position
 *                       (1: one token per position, the paper's temporal mean pooling)
 * @param latents        learned queries of the Perceiver resampler (visual tokens the LM sees)
 * @param resamplerDepth cross-attention layers of the resampler
 */
public record CaptioningSettings(
        @Setting("checkpoint of a language-model trial (@id of a sweep arm)") String languageModel,
        @Setting("video tokens mean-pooled over time into this many chunks per position") int timeChunks,
        @Setting("Perceiver resampler queries (visual tokens the language model sees)") int latents,
        @Setting("resampler cross-attention layers") int resamplerDepth) implements ChosenPluginCheck {

    /** No language model yet, one time chunk (temporal mean pooling), 8 latents, one resampler layer. */
    public static final CaptioningSettings DEFAULTS = new CaptioningSettings("", 1, 8, 1);

    /** Sizes of at least 1. */
    public CaptioningSettings {
        Check.present("language_model", languageModel);
        Check.atLeast("time_chunks", timeChunks, 1);
        Check.atLeast("latents", latents, 1);
        Check.atLeast("resampler_depth", resamplerDepth, 1);
    }

    /** A captioning trial must name its language model. */
    @Override
    public void checkChosen(ExperimentSpec spec) {
        Check.require(!languageModel.isBlank(), "language_model",
                "a captioning task needs the checkpoint of a language-model trial");
    }
}
