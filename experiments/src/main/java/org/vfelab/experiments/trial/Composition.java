package org.vfelab.experiments.trial;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import org.vfelab.backbones.BackbonesModule;
import org.vfelab.captioning.CaptioningModule;
import org.vfelab.spec.ExperimentLoader;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.PluginCatalog;
import org.vfelab.spec.SpecParams;
import org.vfelab.core.wiring.CoreModule;
import org.vfelab.core.wiring.PluginMaps;
import org.vfelab.core.wiring.TrialModule;
import org.vfelab.losses.LossesModule;
import org.vfelab.movingshapes.MovingShapesModule;
import org.vfelab.sampling.SamplingModule;
import org.vfelab.video.VideoModule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * The one composition root of a vfe process: which plugin modules exist, the plugin injector built from them
 * once, the strict loader that knows their names and settings, and a child injector per trial. The runner, the
 * sweep planner, {@code vfe bench} and {@code vfe inspect} all go through it, so they cannot disagree about which
 * plugins exist. Plugins from outside vfe-lab are found on the class path: a jar that lists its Guice module in
 * {@code META-INF/services/com.google.inject.Module}.
 */
public final class Composition {

    private static final Composition STANDARD = new Composition(standardModules());
    private static volatile Composition current = STANDARD;

    private final Injector plugins;
    private final PluginCatalog catalog;
    private final ExperimentLoader loader;

    private Composition(List<Module> modules) {
        this.plugins = Guice.createInjector(modules);
        this.catalog = PluginMaps.catalog(plugins);
        this.loader = new ExperimentLoader(catalog);
    }

    /** The composition this process uses: vfe-lab's plugins and those found on the class path. */
    public static Composition current() {
        return current;
    }

    /**
     * Runs {@code body} with {@code extra} plugin modules added to the process's composition, then restores it:
     * how a plugin that is not part of the build (one in a test source set) is tried through the real commands.
     */
    public static synchronized <T> T with(List<Module> extra, Supplier<T> body) {
        Composition before = current;
        List<Module> modules = new ArrayList<>(standardModules());
        modules.addAll(extra);
        current = new Composition(modules);
        try {
            return body.get();
        } finally {
            current = before;
        }
    }

    /** vfe-lab's own plugin modules, then any a jar on the class path registers with {@link ServiceLoader}. */
    private static List<Module> standardModules() {
        List<Module> modules = new ArrayList<>(List.of(new CoreModule(), new BackbonesModule(), new SamplingModule(),
                new LossesModule(), new VideoModule(), new MovingShapesModule(), new CaptioningModule()));
        ServiceLoader.load(Module.class).forEach(modules::add);
        return modules;
    }

    /** The plugin names and settings that descriptors are checked against. */
    public PluginCatalog catalog() {
        return catalog;
    }

    /**
     * Loads a descriptor strictly, with the CLI overrides and an optional tracking URI on top.
     *
     * @throws org.vfelab.spec.SpecException listing every problem found
     */
    public ExperimentSpec load(Path descriptor, List<String> overrides, String trackingUri) {
        List<String> all = new ArrayList<>(overrides);
        if (trackingUri != null) {
            all.add("tracking.uri=" + trackingUri);
        }
        return loader.load(descriptor, all);
    }

    /**
     * {@code spec} with some values replaced, by dotted key, read as {@code --set} reads them and checked again:
     * a sweep stage's checkpoint keys, which name a parent trial in the plan and its checkpoint file at launch.
     *
     * @throws org.vfelab.spec.SpecException when a value does not fit its key
     */
    public ExperimentSpec withValues(ExperimentSpec spec, Map<String, String> values) {
        SortedMap<String, String> params = SpecParams.flatten(spec);
        params.putAll(values);
        return loader.fromParams(params);
    }

    /** A new injector for one trial, so nothing built for one trial leaks into the next. */
    public Injector trial(ExperimentSpec spec) {
        return plugins.createChildInjector(new TrialModule(spec));
    }

    /** The injector of the plugins alone (their maps and settings), for code that picks a plugin itself. */
    public Injector plugins() {
        return plugins;
    }
}
