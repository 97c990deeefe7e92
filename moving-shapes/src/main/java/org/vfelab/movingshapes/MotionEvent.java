package org.vfelab.movingshapes;

import java.util.Objects;

/**
 * One object moving in one direction over a run of consecutive frame transitions (transition j goes from frame j
 * to frame j + 1). Temporal captions are the clip's events in order.
 *
 * @param object index into {@link ClipScript#objects()}
 */
record MotionEvent(int object, Direction direction, int firstTransition, int steps) {
    MotionEvent {
        Objects.requireNonNull(direction, "direction");
        if (object < 0 || firstTransition < 0 || steps < 1) {
            throw new IllegalArgumentException("bad event: object " + object + ", first transition "
                    + firstTransition + ", steps " + steps);
        }
    }

    /** One past the last transition of the event. */
    int endTransition() {
        return firstTransition + steps;
    }

    /** The same event seen in the time-reversed clip of {@code frames} frames. */
    MotionEvent reversed(int frames) {
        return new MotionEvent(object, direction.opposite(), frames - 1 - endTransition(), steps);
    }
}
