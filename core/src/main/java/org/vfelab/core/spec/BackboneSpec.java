package org.vfelab.core.spec;

import static org.vfelab.core.spec.Check.atLeast;
import static org.vfelab.core.spec.Check.positive;

/**
 * The video backbone choice and the knobs of the parameter-efficient ones. The knobs sit here, not in each
 * plugin, so that a sweep can move them with {@code --set model.backbone.lora_rank=8} like any other key;
 * a backbone reads only the ones it uses.
 *
 * @param type              backbone plugin name, e.g. {@code joint} or {@code factorized}
 * @param adapterBottleneck hidden width of each {@code mlp-adapter} bottleneck
 * @param loraRank          rank r of each {@code lora} update {@code (alpha / r) A B}
 * @param loraAlpha         scale alpha of each {@code lora} update
 */
public record BackboneSpec(String type, int adapterBottleneck, int loraRank, double loraAlpha) {

    /** Requires a name; whether the plugin exists is checked against the {@link PluginCatalog} at load. */
    public BackboneSpec {
        Check.notBlank("type", type);
        atLeast("adapter_bottleneck", adapterBottleneck, 1);
        atLeast("lora_rank", loraRank, 1);
        positive("lora_alpha", loraAlpha);
    }
}
