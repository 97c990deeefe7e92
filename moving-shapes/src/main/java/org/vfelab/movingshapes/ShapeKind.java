package org.vfelab.movingshapes;

import java.util.Locale;

/**
 * The four shape outlines. Their pixel counts differ (square > cross > circle > triangle at 7 px) and their
 * silhouettes differ within one 8x8 patch, so appearance is learnable from a single tubelet.
 */
enum ShapeKind {
    SQUARE,
    CIRCLE,
    TRIANGLE,
    CROSS;

    /** The caption word. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A row-major {@code side x side} mask of the shape's pixels. */
    boolean[] mask(int side) {
        boolean[] m = new boolean[side * side];
        double c = (side - 1) / 2.0;
        double r2 = (side / 2.0) * (side / 2.0);
        long arm = Math.max(0, Math.round(side / 6.0));
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                m[y * side + x] = switch (this) {
                    case SQUARE -> true;
                    case CIRCLE -> (x - c) * (x - c) + (y - c) * (y - c) <= r2;
                    case TRIANGLE -> Math.abs(x - c) <= y * c / Math.max(1, side - 1) + 1e-9;
                    case CROSS -> Math.abs(x - c) <= arm + 1e-9 || Math.abs(y - c) <= arm + 1e-9;
                };
            }
        }
        return m;
    }
}
