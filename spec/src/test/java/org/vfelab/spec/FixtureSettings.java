package org.vfelab.spec;

import java.util.List;

/** Settings records like the real plugins' (which live downstream of core), for loading descriptors here. */
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

    record InfoNce(@Setting("starting softmax temperature") double initTemperature,
                   @Setting("clamp of 1 / temperature") double maxLogitScale) {
        InfoNce {
            Check.positive("init_temperature", initTemperature);
            double least = 1 / initTemperature;
            Check.require(Double.isFinite(maxLogitScale) && maxLogitScale >= least, "max_logit_scale",
                    "must be >= 1 / init_temperature (" + least + "), got " + maxLogitScale);
        }
    }

    static final PluginSettings INFONCE = new PluginSettings(PluginKind.LOSS, "infonce", new InfoNce(0.07, 100.0));
    static final PluginSettings ADAPTER = new PluginSettings(PluginKind.BACKBONE, "mlp-adapter", new Adapter(16));
    static final PluginSettings LORA = new PluginSettings(PluginKind.BACKBONE, "lora", new Lora(2, 4.0));

    /** The backbone settings as bound from {@code bottleneck}, {@code rank} and {@code alpha}. */
    static BoundSettings backbone(int bottleneck, int rank, double alpha) {
        return new BoundSettings(List.of(new Adapter(bottleneck), new Lora(rank, alpha)));
    }

    /** The loss settings as bound from {@code temperature} and {@code maxLogitScale}. */
    static BoundSettings loss(double temperature, double maxLogitScale) {
        return new BoundSettings(List.of(new InfoNce(temperature, maxLogitScale)));
    }
}
