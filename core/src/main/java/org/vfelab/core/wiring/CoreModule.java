package org.vfelab.core.wiring;

import com.google.inject.AbstractModule;

/**
 * Core's injector rules, and the (possibly empty) plugin maps, declared so that an injector without one of the
 * plugin modules still builds and reports "no such plugin" instead of a missing binding.
 */
public final class CoreModule extends AbstractModule {

    @Override
    protected void configure() {
        binder().requireExplicitBindings();
        binder().disableCircularProxies();
        binder().requireAtInjectOnConstructors();
        PluginMaps.declare(binder());
    }
}
