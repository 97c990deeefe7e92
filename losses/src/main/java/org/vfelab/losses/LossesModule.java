package org.vfelab.losses;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.vfelab.core.plugin.ContrastiveLossFactory;

/** Registers every contrastive loss under its descriptor name ({@code loss.type}). */
public final class LossesModule extends AbstractModule {

    @Override
    protected void configure() {
        MapBinder<String, ContrastiveLossFactory> losses = MapBinder.newMapBinder(binder(), String.class,
                ContrastiveLossFactory.class);
        losses.addBinding("infonce").toInstance(InfoNceLoss::new);
    }
}
