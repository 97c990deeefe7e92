package org.vfelab.video.synth;

import java.util.Locale;

/** The colours of generated shapes, as 8-bit RGB; the lowercase name is the caption's word. */
public enum Paint {
    RED(230, 40, 40),
    GREEN(40, 200, 60),
    BLUE(50, 90, 235),
    YELLOW(235, 215, 40),
    WHITE(255, 255, 255);

    private final byte[] rgb;

    Paint(int r, int g, int b) {
        this.rgb = new byte[] {(byte) r, (byte) g, (byte) b};
    }

    /** Channel {@code c} (0 red, 1 green, 2 blue). */
    byte channel(int c) {
        return rgb[c];
    }

    /** The caption word. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
