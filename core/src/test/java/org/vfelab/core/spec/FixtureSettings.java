package org.vfelab.core.spec;

import java.util.List;

/** Settings records like the real backbone plugins' (which live downstream of core), for loading descriptors here. */
final class FixtureSettings {
    private FixtureSettings() {
    }

    record Adapter(@Setting("hidden width of each bottleneck adapter") int adapterBottleneck) {
        Adapter {
            Check.atLeast("adapter_bottleneck", adapterBottleneck, 1);
        }
    }

    record Lora(@Setting("rank r of each low-rank update") int loraRank,
                @Setting("the update is scaled by alpha / r") double loraAlpha) {
        Lora {
            Check.atLeast("lora_rank", loraRank, 1);
            Check.positive("lora_alpha", loraAlpha);
        }
    }

    static final PluginSettings ADAPTER = new PluginSettings(PluginKind.BACKBONE, "mlp-adapter", new Adapter(16));
    static final PluginSettings LORA = new PluginSettings(PluginKind.BACKBONE, "lora", new Lora(2, 4.0));

    /** The backbone settings as bound from {@code bottleneck}, {@code rank} and {@code alpha}. */
    static BoundSettings backbone(int bottleneck, int rank, double alpha) {
        return new BoundSettings(List.of(new Adapter(bottleneck), new Lora(rank, alpha)));
    }
}
