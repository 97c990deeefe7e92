package org.vfelab.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The plugin names that exist, so a descriptor naming a missing plugin fails at load time, with the known
 * names, instead of deep inside injector creation. The Guice side fills it from its {@code MapBinder} keys.
 * A kind absent from the map is not checked (useful before the plugin modules exist); a kind present with an
 * empty set rejects every name. It also carries the settings the plugins declared, which the loader adds to the
 * descriptor's schema.
 *
 * @param names    the known names per kind; copied, immutable
 * @param settings the plugins' own settings, in registration order; copied
 */
public record PluginCatalog(Map<PluginKind, SortedSet<String>> names, List<PluginSettings> settings) {

    /** Copies the map, every set and the settings. */
    public PluginCatalog {
        Map<PluginKind, SortedSet<String>> copy = new EnumMap<>(PluginKind.class);
        Objects.requireNonNull(names, "names").forEach((kind, set) -> copy.put(Objects.requireNonNull(kind),
                Collections.unmodifiableSortedSet(new TreeSet<>(set))));
        names = Collections.unmodifiableMap(copy);
        settings = List.copyOf(settings);
    }

    /** A catalog that checks no kind and adds no plugin settings. */
    public static PluginCatalog unchecked() {
        return new PluginCatalog(Map.of(), List.of());
    }

    /** This catalog with {@code kind} restricted to exactly {@code known}. */
    public PluginCatalog with(PluginKind kind, String... known) {
        Map<PluginKind, SortedSet<String>> copy = new EnumMap<>(PluginKind.class);
        copy.putAll(names);
        copy.put(kind, new TreeSet<>(Arrays.asList(known)));
        return new PluginCatalog(copy, settings);
    }

    /** This catalog with one more plugin's settings. */
    public PluginCatalog with(PluginSettings declared) {
        List<PluginSettings> more = new ArrayList<>(settings);
        more.add(declared);
        return new PluginCatalog(names, more);
    }

    /** The known names of {@code kind}; empty when that kind is not checked. */
    public Optional<SortedSet<String>> known(PluginKind kind) {
        return Optional.ofNullable(names.get(kind));
    }
}
