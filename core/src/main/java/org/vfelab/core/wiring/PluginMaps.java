package org.vfelab.core.wiring;

import com.google.inject.Binder;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import org.vfelab.core.plugin.BackboneFactory;
import org.vfelab.core.plugin.ContrastiveLossFactory;
import org.vfelab.core.plugin.DatasetFactory;
import org.vfelab.core.plugin.InputSamplerFactory;
import org.vfelab.core.plugin.TaskFactory;
import org.vfelab.spec.PluginCatalog;
import org.vfelab.spec.PluginKind;
import org.vfelab.spec.PluginSettings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The plugin maps of an injector, by kind, the settings the plugins declared, and the catalog of both that the
 * strict loader checks descriptors against.
 */
public final class PluginMaps {

    static final TypeLiteral<Map<String, DatasetFactory>> DATASETS = new TypeLiteral<>() { };
    static final TypeLiteral<Map<String, BackboneFactory>> BACKBONES = new TypeLiteral<>() { };
    static final TypeLiteral<Map<String, InputSamplerFactory>> SAMPLERS = new TypeLiteral<>() { };
    static final TypeLiteral<Map<String, ContrastiveLossFactory>> LOSSES = new TypeLiteral<>() { };
    static final TypeLiteral<Map<String, TaskFactory>> TASKS = new TypeLiteral<>() { };
    static final TypeLiteral<Set<PluginSettings>> SETTINGS = new TypeLiteral<>() { };

    private PluginMaps() {
    }

    /** Declares every plugin map so that an injector builds even when a kind has no plugin yet. */
    static void declare(Binder binder) {
        MapBinder.newMapBinder(binder, String.class, DatasetFactory.class);
        MapBinder.newMapBinder(binder, String.class, BackboneFactory.class);
        MapBinder.newMapBinder(binder, String.class, InputSamplerFactory.class);
        MapBinder.newMapBinder(binder, String.class, ContrastiveLossFactory.class);
        MapBinder.newMapBinder(binder, String.class, TaskFactory.class);
        Multibinder.newSetBinder(binder, PluginSettings.class);
    }

    /**
     * Declares the settings a plugin owns, beside its factory's binding: {@code defaults} is its settings record at
     * the default values, whose components become keys of the kind's section (see {@link PluginSettings}).
     */
    public static void settings(Binder binder, PluginKind kind, String plugin, Record defaults) {
        settings(binder, kind, plugin, "", defaults);
    }

    /** As {@link #settings(Binder, PluginKind, String, Record)}, the keys in a {@code subsection} of their own. */
    public static void settings(Binder binder, PluginKind kind, String plugin, String subsection, Record defaults) {
        Multibinder.newSetBinder(binder, PluginSettings.class).addBinding()
                .toInstance(new PluginSettings(kind, plugin, subsection, defaults));
    }

    /** The names registered for every plugin kind. */
    public static PluginCatalog catalog(Injector injector) {
        Map<PluginKind, SortedSet<String>> names = new EnumMap<>(PluginKind.class);
        names.put(PluginKind.DATASET, new TreeSet<>(injector.getInstance(Key.get(DATASETS)).keySet()));
        names.put(PluginKind.BACKBONE, new TreeSet<>(injector.getInstance(Key.get(BACKBONES)).keySet()));
        names.put(PluginKind.SAMPLER, new TreeSet<>(injector.getInstance(Key.get(SAMPLERS)).keySet()));
        names.put(PluginKind.LOSS, new TreeSet<>(injector.getInstance(Key.get(LOSSES)).keySet()));
        names.put(PluginKind.TASK, new TreeSet<>(injector.getInstance(Key.get(TASKS)).keySet()));
        return new PluginCatalog(names, List.copyOf(injector.getInstance(Key.get(SETTINGS))));
    }

    /** The plugin registered as {@code name} in {@code plugins}, or an error listing the known names. */
    public static <T> T pick(Map<String, T> plugins, PluginKind kind, String name) {
        T plugin = plugins.get(name);
        if (plugin == null) {
            throw new IllegalArgumentException("unknown " + kind.word() + " '" + name + "' (known: "
                    + String.join(", ", new TreeSet<>(plugins.keySet())) + ")");
        }
        return plugin;
    }
}
