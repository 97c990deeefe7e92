package org.vfelab.losses;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.vfelab.core.plugin.ContrastiveLossFactory;
import org.vfelab.spec.PluginKind;
import org.vfelab.core.wiring.PluginMaps;

/** Registers every contrastive loss under its descriptor name ({@code loss.type}), with its own settings. */
public final class LossesModule extends AbstractModule {

    @Override
    protected void configure() {
        MapBinder<String, ContrastiveLossFactory> losses = MapBinder.newMapBinder(binder(), String.class,
                ContrastiveLossFactory.class);
        losses.addBinding("infonce").toInstance(InfoNceLoss::new);
        PluginMaps.settings(binder(), PluginKind.LOSS, "infonce", InfoNceSettings.DEFAULTS);
    }
}
