package org.vfelab.backbones;

import org.vfelab.spec.Check;
import org.vfelab.spec.Setting;

/**
 * The {@code mlp-adapter} backbone's own key, {@code model.backbone.adapter_bottleneck}.
 *
 * @param adapterBottleneck hidden width of each bottleneck adapter
 */
public record AdapterSettings(@Setting("hidden width of each bottleneck adapter") int adapterBottleneck) {

    /** The default: a 16-wide bottleneck. */
    public static final AdapterSettings DEFAULTS = new AdapterSettings(16);

    /** A bottleneck at least 1 wide. */
    public AdapterSettings {
        Check.atLeast("adapter_bottleneck", adapterBottleneck, 1);
    }
}
