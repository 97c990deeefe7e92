package org.vfelab.video.synth;

import java.util.Locale;

/** Where a generated shape moves, from one edge of the frame to the other. */
public enum Heading {
    LEFT,
    RIGHT,
    UP,
    DOWN;

    /** The caption word. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
