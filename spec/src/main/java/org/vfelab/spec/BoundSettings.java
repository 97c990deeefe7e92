package org.vfelab.spec;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plugins' own settings of one section as loaded, one record per plugin that declared some. Every plugin's
 * record is there, not only the chosen one's, because every key is part of what a trial is (its params and key).
 *
 * @param records the settings records, in the order their plugins were registered
 */
public record BoundSettings(List<Record> records) {
    /** A section whose plugins declare no settings. */
    public static final BoundSettings NONE = new BoundSettings(List.of());

    /** Copies the list. */
    public BoundSettings {
        records = List.copyOf(records);
    }

    /** The record of type {@code type}, e.g. {@code LoraSettings}; fails when its plugin is not registered. */
    public <S extends Record> S of(Class<S> type) {
        return records.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " loaded: is the "
                        + "plugin that declares them registered?"));
    }

    /** Every key, relative to the section, with its value, in declaration order. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Record settings : records) {
            for (RecordComponent component : settings.getClass().getRecordComponents()) {
                values.put(PluginSettings.keyOf(component), PluginSettings.valueOf(settings, component));
            }
        }
        return values;
    }
}
