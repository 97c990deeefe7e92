package org.vfelab.movingshapes;

import java.util.Locale;

/**
 * A direction of motion in image coordinates (x to the right, y downwards, so {@link #UP} decreases y). Each
 * direction knows its opposite because time reversal turns every motion into its opposite.
 */
enum Direction {
    LEFT(-1, 0),
    RIGHT(1, 0),
    UP(0, -1),
    DOWN(0, 1);

    private final int dx;
    private final int dy;

    Direction(int dx, int dy) {
        this.dx = dx;
        this.dy = dy;
    }

    int dx() {
        return dx;
    }

    int dy() {
        return dy;
    }

    boolean horizontal() {
        return dx != 0;
    }

    Direction opposite() {
        return switch (this) {
            case LEFT -> RIGHT;
            case RIGHT -> LEFT;
            case UP -> DOWN;
            case DOWN -> UP;
        };
    }

    /** The caption word. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
