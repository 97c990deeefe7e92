package org.vfelab.spec;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plugins' own settings of one section as loaded, one record per plugin that declared some. Every plugin's
 * record is there, not only the chosen one's, because every key is part of what a trial is (its params and key).
 *
 * @param records     the settings records, in the order their plugins were registered
 * @param subsections the subsection of the records that have one (e.g. {@code video} for {@code data.video.*})
 */
public record BoundSettings(List<Record> records, Map<Class<?>, String> subsections) {
    /** A section whose plugins declare no settings. */
    public static final BoundSettings NONE = new BoundSettings(List.of());

    /** Copies the list and the map. */
    public BoundSettings {
        records = List.copyOf(records);
        subsections = Map.copyOf(subsections);
    }

    /** Records whose keys all sit directly in the section. */
    public BoundSettings(List<Record> records) {
        this(records, Map.of());
    }

    /** The record of type {@code type}, e.g. {@code LoraSettings}; fails when its plugin is not registered. */
    public <S extends Record> S of(Class<S> type) {
        return records.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " loaded: is the "
                        + "plugin that declares them registered?"));
    }

    /** Every key, relative to the section ({@code lora_rank}, {@code video.index}), with its value, in order. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Record settings : records) {
            String subsection = subsections.getOrDefault(settings.getClass(), "");
            for (RecordComponent component : settings.getClass().getRecordComponents()) {
                String key = PluginSettings.keyOf(component);
                values.put(subsection.isEmpty() ? key : subsection + "." + key,
                        PluginSettings.descriptorValue(PluginSettings.valueOf(settings, component)));
            }
        }
        return values;
    }
}
