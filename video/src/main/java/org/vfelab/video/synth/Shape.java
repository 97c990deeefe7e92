package org.vfelab.video.synth;

/** The shapes of generated videos, and their caption words. */
public enum Shape {
    SQUARE("square"),
    DISC("circle");

    private final String word;

    Shape(String word) {
        this.word = word;
    }

    /** Whether pixel (x, y) of a {@code side x side} box is inside the shape. */
    boolean covers(int x, int y, int side) {
        if (this == SQUARE) {
            return true;
        }
        double r = side / 2.0;
        double dx = x + 0.5 - r;
        double dy = y + 0.5 - r;
        return dx * dx + dy * dy <= r * r;
    }

    /** The caption word. */
    public String word() {
        return word;
    }
}
