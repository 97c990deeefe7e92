package org.vfelab.spec;

import java.util.Objects;

/**
 * The video backbone choice and the backbones' own settings (e.g. {@code lora}'s rank), which each backbone
 * plugin declares for itself; a sweep moves them with {@code --set model.backbone.lora_rank=8} like any other key.
 *
 * @param type     backbone plugin name, e.g. {@code joint} or {@code factorized}
 * @param settings every backbone plugin's own settings; a backbone reads its record with {@link #settings(Class)}
 */
public record BackboneSpec(String type, BoundSettings settings) {

    /** Requires a name; whether the plugin exists is checked against the {@link PluginCatalog} at load. */
    public BackboneSpec {
        Check.notBlank("type", type);
        Objects.requireNonNull(settings, "settings");
    }

    /** A backbone without plugin settings, e.g. for building a model in a test. */
    public BackboneSpec(String type) {
        this(type, BoundSettings.NONE);
    }

    /** The settings record of type {@code type}, e.g. {@code LoraSettings}. */
    public <S extends Record> S settings(Class<S> type) {
        return settings.of(type);
    }
}
