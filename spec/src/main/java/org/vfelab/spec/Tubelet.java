package org.vfelab.spec;

import static org.vfelab.spec.Check.atLeast;

/**
 * The size of one video token. Written {@code [frames, height, width]} in a descriptor because the three
 * numbers are always read together.
 *
 * @param frames frames per token
 * @param height pixels per token vertically
 * @param width  pixels per token horizontally
 */
public record Tubelet(int frames, int height, int width) {

    /** Every side at least 1. */
    public Tubelet {
        atLeast("frames", frames, 1);
        atLeast("height", height, 1);
        atLeast("width", width, 1);
    }
}
