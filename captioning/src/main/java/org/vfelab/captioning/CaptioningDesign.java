package org.vfelab.captioning;

import org.vfelab.core.checkpoint.Checkpoint;
import org.vfelab.core.model.DualEncoderDesign;
import org.vfelab.spec.TextSpec;

/**
 * Everything needed to build a captioning graph.
 *
 * @param video         the video encoder (its {@code start} is the contrastive trial it comes from)
 * @param task          pooling and resampler sizes
 * @param text          the language model's vocabulary, caption length and depth
 * @param languageModel the language-model trial's checkpoint
 */
public record CaptioningDesign(DualEncoderDesign video, CaptioningSettings task, TextSpec text,
                               Checkpoint languageModel) {
}
