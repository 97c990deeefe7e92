/**
 * Video-to-text, the paper's second stage: a small causal language model pre-trained on the benchmark's captions,
 * and captioning through a frozen video encoder, temporal mean pooling, a Perceiver resampler and gated
 * cross-attention layers into the frozen language model; greedy decoding scored by Rouge-L and CIDEr.
 */
package org.vfelab.core.caption;
