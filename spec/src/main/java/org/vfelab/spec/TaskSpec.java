package org.vfelab.spec;

import java.util.Objects;

/**
 * What the trial trains: a task plugin (core's contrastive dual encoder unless the descriptor says otherwise), and
 * the tasks' own settings (e.g. captioning's resampler), which each task plugin declares for itself.
 *
 * @param type     task plugin name: contrastive, language-model or captioning
 * @param settings every task plugin's own settings; a task reads its record with {@link #settings(Class)}
 */
public record TaskSpec(String type, BoundSettings settings) {
    /** The {@code task.type} of contrastive pre-training, the default, which core itself registers. */
    public static final String CONTRASTIVE = "contrastive";

    /** Requires a name; whether the plugin exists is checked against the {@link PluginCatalog} at load. */
    public TaskSpec {
        Check.notBlank("type", type);
        Objects.requireNonNull(settings, "settings");
    }

    /** The settings record of type {@code type}, e.g. {@code CaptioningSettings}. */
    public <S extends Record> S settings(Class<S> type) {
        return settings.of(type);
    }
}
