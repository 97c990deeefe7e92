package org.vfelab.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Named transformer sizes, so a descriptor says {@code vit-b} instead of four numbers that must agree.
 * The two small presets train on a CPU; the ViT ones match the paper's towers.
 */
public enum ModelPreset {
    TINY(64, 2, 4, 256),
    SMALL(128, 4, 4, 512),
    VIT_B(768, 12, 12, 3072),
    VIT_L(1024, 24, 16, 4096),
    /** The fixed size of {@code vfe bench --config bench-b}, so speed compares across versions. */
    BENCH(192, 4, 3, 768);

    private final int width;
    private final int depth;
    private final int heads;
    private final int mlpWidth;

    ModelPreset(int width, int depth, int heads, int mlpWidth) {
        if (width % heads != 0) {
            throw new IllegalArgumentException("heads (" + heads + ") must divide width (" + width + ")");
        }
        this.width = width;
        this.depth = depth;
        this.heads = heads;
        this.mlpWidth = mlpWidth;
    }

    /** Token width (model dimension). */
    public int width() {
        return width;
    }

    /** Number of transformer layers. */
    public int depth() {
        return depth;
    }

    /** Attention heads per layer; divides {@link #width()}. */
    public int heads() {
        return heads;
    }

    /** Hidden width of each layer's MLP. */
    public int mlpWidth() {
        return mlpWidth;
    }

    /** The descriptor name: {@code tiny}, {@code small}, {@code vit-b}, {@code vit-l}, {@code bench}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a descriptor name; empty when unknown. */
    public static Optional<ModelPreset> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key().equals(key)).findFirst();
    }
}
