package org.vfelab.backbones;

import org.vfelab.spec.Check;
import org.vfelab.spec.Setting;

/**
 * The {@code lora} backbone's own keys, {@code model.backbone.lora_rank} and {@code model.backbone.lora_alpha}.
 *
 * @param loraRank  rank r of each low-rank update
 * @param loraAlpha scale alpha of each update
 */
public record LoraSettings(
        @Setting("rank r of each low-rank update (2 of tiny's 64 dims ~ 24 of ViT-B's 768)") int loraRank,
        @Setting("the update is scaled by alpha / r") double loraAlpha) {

    /** The defaults: rank 2, alpha 4. */
    public static final LoraSettings DEFAULTS = new LoraSettings(2, 4.0);

    /** A rank of at least 1 and a positive scale. */
    public LoraSettings {
        Check.atLeast("lora_rank", loraRank, 1);
        Check.positive("lora_alpha", loraAlpha);
    }
}
