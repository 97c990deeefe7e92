package org.vfelab.core.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a trial trains: the paper's stages are a closed set, so an enum rather than a plugin. */
public enum TaskType {
    /** The video-text dual encoder with a contrastive loss (image, short-video and long-video stages). */
    CONTRASTIVE,
    /** A small causal language model on the benchmark's captions, the frozen decoder of captioning. */
    LANGUAGE_MODEL,
    /** Video-to-text: a frozen video encoder and language model joined by a resampler and gated cross-attention. */
    CAPTIONING;

    /** The descriptor name: {@code contrastive}, {@code language-model} or {@code captioning}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a descriptor name; empty when unknown. */
    public static Optional<TaskType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }
}
