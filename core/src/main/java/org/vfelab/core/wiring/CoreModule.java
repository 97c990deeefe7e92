package org.vfelab.core.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.vfelab.core.plugin.TaskFactory;
import org.vfelab.spec.TaskSpec;

/**
 * Core's own registration: the {@code contrastive} task, the dual encoder's trainer. Also declares the (possibly
 * empty) plugin maps so that an injector without one of the plugin modules still builds and reports "no such
 * plugin" instead of a missing binding.
 */
public final class CoreModule extends AbstractModule {

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
        binder().disableCircularProxies();
        binder().requireAtInjectOnConstructors();
        PluginMaps.declare(binder());
        MapBinder.newMapBinder(binder(), String.class, TaskFactory.class)
                .addBinding(TaskSpec.CONTRASTIVE).toInstance(trial -> trial.trainer().get());
    }
}
