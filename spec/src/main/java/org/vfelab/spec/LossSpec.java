package org.vfelab.spec;

import java.util.Objects;

/**
 * The contrastive objective: which loss plugin, and the losses' own settings (e.g. InfoNCE's temperature), which
 * each loss plugin declares for itself.
 *
 * @param type     loss plugin name, e.g. {@code infonce}
 * @param settings every loss plugin's own settings; a loss reads its record with {@link #settings(Class)}
 */
public record LossSpec(String type, BoundSettings settings) {

    /** Requires a name; whether the plugin exists is checked against the {@link PluginCatalog} at load. */
    public LossSpec {
        Check.notBlank("type", type);
        Objects.requireNonNull(settings, "settings");
    }

    /** The settings record of type {@code type}, e.g. {@code InfoNceSettings}. */
    public <S extends Record> S settings(Class<S> type) {
        return settings.of(type);
    }
}
