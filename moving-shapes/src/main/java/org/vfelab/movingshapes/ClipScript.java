package org.vfelab.movingshapes;

import java.util.ArrayList;
import java.util.List;

/**
 * What happens in one clip: its objects, where each one is in every frame, and the motion events that the
 * temporal caption describes. Positions are stored per frame (not recomputed from a speed) so that the time
 * reversal of a script is exact: {@link #reversed()} is the script of the frame-reversed clip.
 *
 * <p>Arrays are never mutated after construction and are not exposed outside the package.
 *
 * @param xs {@code xs[object][frame]}, the column of the object's top-left corner
 * @param ys {@code ys[object][frame]}, the row of the object's top-left corner
 */
record ClipScript(int frames, List<ShapeObject> objects, int[][] xs, int[][] ys, List<MotionEvent> events) {

    ClipScript {
        objects = List.copyOf(objects);
        events = List.copyOf(events);
        if (objects.isEmpty() || xs.length != objects.size() || ys.length != objects.size()) {
            throw new IllegalArgumentException("need positions for each of " + objects.size() + " objects");
        }
        for (int o = 0; o < objects.size(); o++) {
            if (xs[o].length != frames || ys[o].length != frames) {
                throw new IllegalArgumentException("object " + o + " needs a position in each of " + frames
                        + " frames");
            }
        }
        int end = 0;
        for (MotionEvent e : events) {
            if (e.object() >= objects.size() || e.firstTransition() < end || e.endTransition() > frames - 1) {
                throw new IllegalArgumentException("events must be in order within " + (frames - 1)
                        + " transitions: " + events);
            }
            end = e.endTransition();
        }
    }

    /** The script of the same clip played backwards: positions reversed, events reversed and inverted. */
    ClipScript reversed() {
        int[][] rx = new int[xs.length][frames];
        int[][] ry = new int[ys.length][frames];
        for (int o = 0; o < xs.length; o++) {
            for (int t = 0; t < frames; t++) {
                rx[o][t] = xs[o][frames - 1 - t];
                ry[o][t] = ys[o][frames - 1 - t];
            }
        }
        List<MotionEvent> rev = new ArrayList<>(events.size());
        for (int i = events.size() - 1; i >= 0; i--) {
            rev.add(events.get(i).reversed(frames));
        }
        return new ClipScript(frames, objects, rx, ry, rev);
    }

    /** The object that the event moves. */
    ShapeObject objectOf(MotionEvent e) {
        return objects.get(e.object());
    }
}
