package org.vfelab.spec;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The settings one plugin owns: a record whose components are the plugin's keys in its kind's section of the
 * descriptor ({@code loraRank} is {@code model.backbone.lora_rank}), given at their defaults. A plugin declares
 * it beside its factory, so a new setting edits the plugin's module only; the loader adds the keys to the
 * schema, so {@code --set}, "did you mean", run params, trial keys and the descriptor reference cover them as
 * they cover core's keys. The record's compact constructor checks the values ({@link Check} names the key).
 *
 * @param kind       the plugin's kind; its keys go in the {@link PluginKind#section()} of that kind
 * @param plugin     the plugin's descriptor name, shown beside its keys in the reference
 * @param subsection a section of its own inside the kind's (e.g. {@code video} for {@code data.video.*}), or empty
 *                   for keys directly in the kind's section
 * @param defaults   the settings record at its default values; components are int, long, double, boolean, String
 *                   or an enum (spelt in lower case with {@code -} for {@code _})
 */
public record PluginSettings(PluginKind kind, String plugin, String subsection, Record defaults) {
    private static final Set<Class<?>> VALUE_TYPES = Set.of(int.class, long.class, double.class, boolean.class,
            String.class);
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    /** Checks that every component has a type a descriptor value can hold. */
    public PluginSettings {
        Objects.requireNonNull(kind, "kind");
        Check.notBlank("plugin", plugin);
        Objects.requireNonNull(subsection, "subsection");
        Objects.requireNonNull(defaults, "defaults");
        for (RecordComponent component : defaults.getClass().getRecordComponents()) {
            if (!VALUE_TYPES.contains(component.getType()) && !component.getType().isEnum()) {
                throw new IllegalArgumentException(defaults.getClass().getName() + "." + component.getName()
                        + ": a setting must be an int, long, double, boolean, String or enum, not "
                        + component.getType());
            }
        }
    }

    /** Settings whose keys sit directly in the kind's section. */
    public PluginSettings(PluginKind kind, String plugin, Record defaults) {
        this(kind, plugin, "", defaults);
    }

    /** The section holding the keys, e.g. {@code model.backbone} or {@code data.video}. */
    public String section() {
        return subsection.isEmpty() ? kind.section() : kind.section() + "." + subsection;
    }

    /** What the settings record says it holds ({@link Setting} on the record), or "its own settings". */
    public String meaning() {
        Setting setting = defaults.getClass().getAnnotation(Setting.class);
        return setting == null ? "its own settings" : setting.value();
    }

    /** How an enum setting is spelt in a descriptor: {@code FRAME_AVG} is {@code frame-avg}. */
    static String spelling(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A setting's value as a descriptor holds it: an enum by its {@link #spelling}, anything else as it is. */
    static Object descriptorValue(Object value) {
        return value instanceof Enum<?> choice ? spelling(choice) : value;
    }

    /** One key of the plugin, relative to its section; its default as a descriptor holds it. */
    public record Key(String name, Class<?> type, Object defaultValue, String meaning) {
    }

    /** The keys in component order. */
    public List<Key> keys() {
        return Arrays.stream(defaults.getClass().getRecordComponents())
                .map(c -> new Key(keyOf(c), c.getType(), descriptorValue(valueOf(defaults, c)), meaningOf(c)))
                .toList();
    }

    /** The settings record holding {@code values}, given in {@link #keys()} order; the record's checks apply. */
    Record bind(List<Object> values) {
        Class<?>[] types = Arrays.stream(defaults.getClass().getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = defaults.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (Record) canonical.newInstance(values.toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException rejected) {
                throw rejected;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + defaults.getClass().getName(), e);
        }
    }

    /** The descriptor key of a component: its name in snake_case. */
    static String keyOf(RecordComponent component) {
        return WORD_START.matcher(component.getName()).replaceAll("_").toLowerCase(Locale.ROOT);
    }

    static Object valueOf(Record settings, RecordComponent component) {
        try {
            return component.getAccessor().invoke(settings);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static String meaningOf(RecordComponent component) {
        Setting setting = component.getAnnotation(Setting.class);
        return setting == null ? "" : setting.value();
    }
}
