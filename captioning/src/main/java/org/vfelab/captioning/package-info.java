/**
 * Video-to-text, the paper's second stage: a small causal language model pre-trained on the benchmark's captions,
 * and captioning through a frozen video encoder, temporal mean pooling, a Perceiver resampler and gated
 * cross-attention layers into the frozen language model; greedy decoding scored by Rouge-L and CIDEr. Its tasks
 * ({@code language-model}, {@code captioning}) are registered by {@link org.vfelab.captioning.CaptioningModule},
 * so that core holds only the contrastive dual encoder that every stage starts from.
 */
package org.vfelab.captioning;
