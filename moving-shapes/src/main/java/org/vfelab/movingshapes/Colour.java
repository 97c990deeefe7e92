package org.vfelab.movingshapes;

import java.util.Locale;

/**
 * The six shape colours of {@code moving-shapes}. The RGB values are far apart (every pair differs by at least
 * 0.45 in some channel) so that a colour survives the background noise and tiny patch embeddings, and a test can
 * find a shape's pixels by colour alone.
 */
enum Colour {
    RED(0.90f, 0.12f, 0.10f),
    GREEN(0.10f, 0.80f, 0.15f),
    BLUE(0.12f, 0.30f, 0.95f),
    YELLOW(0.92f, 0.88f, 0.10f),
    WHITE(0.92f, 0.92f, 0.92f),
    PURPLE(0.62f, 0.12f, 0.85f);

    private final float[] rgb;

    Colour(float r, float g, float b) {
        this.rgb = new float[] {r, g, b};
    }

    /** Channel value, 0 = red, 1 = green, 2 = blue. */
    float channel(int c) {
        return rgb[c];
    }

    /** The caption word. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
