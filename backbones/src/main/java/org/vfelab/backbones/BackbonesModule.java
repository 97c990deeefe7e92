package org.vfelab.backbones;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.vfelab.core.plugin.BackboneFactory;
import org.vfelab.spec.PluginKind;
import org.vfelab.core.wiring.PluginMaps;

/**
 * Registers every video backbone under its descriptor name ({@code model.backbone.type}), and the settings of
 * those that have their own.
 */
public final class BackbonesModule extends AbstractModule {

    @Override
    protected void configure() {
        MapBinder<String, BackboneFactory> backbones = MapBinder.newMapBinder(binder(), String.class,
                BackboneFactory.class);
        backbones.addBinding("joint").toInstance(JointSpaceTimeBackbone::new);
        backbones.addBinding("factorized").toInstance(FactorizedBackbone::new);
        backbones.addBinding("frame-avg").toInstance(FrameAverageBackbone::new);
        backbones.addBinding("frame-attnpool").toInstance(FrameAttentionPoolBackbone::new);
        backbones.addBinding("mlp-adapter").toInstance(MlpAdapterBackbone::new);
        PluginMaps.settings(binder(), PluginKind.BACKBONE, "mlp-adapter", AdapterSettings.DEFAULTS);
        backbones.addBinding("lora").toInstance(LoraBackbone::new);
        PluginMaps.settings(binder(), PluginKind.BACKBONE, "lora", LoraSettings.DEFAULTS);
        backbones.addBinding("temporal-only").toInstance(TemporalOnlyBackbone::new);
    }
}
