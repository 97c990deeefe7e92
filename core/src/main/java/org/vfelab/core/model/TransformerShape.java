package org.vfelab.core.model;

/** Width, attention heads and MLP width of a stack of transformer blocks. */
public record TransformerShape(int width, int heads, int mlpWidth) {
    public TransformerShape {
        if (width < 1 || heads < 1 || mlpWidth < 1 || width % heads != 0) {
            throw new IllegalArgumentException("heads (" + heads + ") must divide width (" + width + "), all positive");
        }
    }

    /** Width of one attention head. */
    public int headWidth() {
        return width / heads;
    }
}
