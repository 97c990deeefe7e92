package org.vfelab.spec;

import static org.vfelab.spec.Check.atLeast;
import static org.vfelab.spec.Check.notBlank;
import static org.vfelab.spec.Check.present;
import static org.vfelab.spec.Check.require;

/**
 * What the trial trains, and the parts of video-to-text that the dual-encoder sections do not describe. A
 * captioning trial's video encoder is {@code model} started from {@code model.init_from}; its language model is
 * the {@code language-model} trial whose checkpoint {@code languageModel} names. Both stay frozen; only the
 * resampler and the gated cross-attention layers train.
 *
 * @param type           task plugin name: contrastive, language-model or captioning
 * @param languageModel  captioning: the language model's checkpoint file ({@code @id} in a sweep)
 * @param timeChunks     captioning: the video tokens are mean-pooled over time into this many chunks per spatial
 *                       position (1: one token per position, the paper's temporal mean pooling)
 * @param latents        captioning: learned queries of the Perceiver resampler (visual tokens the LM sees)
 * @param resamplerDepth captioning: cross-attention layers of the resampler
 */
public record TaskSpec(String type, String languageModel, int timeChunks, int latents, int resamplerDepth) {
    /** The {@code task.type} of contrastive pre-training, the default, which core itself registers. */
    public static final String CONTRASTIVE = "contrastive";
    /** The {@code task.type} of video-to-text, the one task that needs {@code languageModel}. */
    public static final String CAPTIONING = "captioning";

    /** Checks ranges, and that a captioning task names its language model. */
    public TaskSpec {
        notBlank("type", type);
        present("language_model", languageModel);
        atLeast("time_chunks", timeChunks, 1);
        atLeast("latents", latents, 1);
        atLeast("resampler_depth", resamplerDepth, 1);
        require(!type.equals(CAPTIONING) || !languageModel.isBlank(), "language_model",
                "a captioning task needs the checkpoint of a language-model trial");
    }
}
