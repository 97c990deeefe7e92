package org.vfelab.core.model;

import org.vfelab.spec.ModelPreset;

/** Width, attention heads and MLP width of a stack of transformer blocks. */
public record TransformerShape(int width, int heads, int mlpWidth) {
    public TransformerShape {
        if (width < 1 || heads < 1 || mlpWidth < 1 || width % heads != 0) {
            throw new IllegalArgumentException("heads (" + heads + ") must divide width (" + width + "), all positive");
        }
    }

    /** The shape of a size preset's layers (both towers share it). */
    public static TransformerShape of(ModelPreset preset) {
        return new TransformerShape(preset.width(), preset.heads(), preset.mlpWidth());
    }

    /** Width of one attention head. */
    public int headWidth() {
        return width / heads;
    }
}
