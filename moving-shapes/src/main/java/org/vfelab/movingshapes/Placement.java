package org.vfelab.movingshapes;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns motion events into positions: each object follows its own events in turn (a run of steps at the
 * sampler's speed per event, travelling {@code round(speed * steps)} px, still between and outside its events),
 * from a random start that keeps its whole path inside the frame. The two objects' paths must keep a background
 * pixel between their bounding boxes over the whole clip, so shapes never overlap in any frame; a draw that does
 * not is redrawn.
 *
 * <p>Starts are drawn object by object, column then row, each uniform over the positions that keep that object
 * in the frame; a one-event object draws exactly what the original one-event-per-object sampler drew, so
 * two-event clips are unchanged for a given seed.
 */
final class Placement {
    private static final int TRIES = 100;

    private final int frames;
    private final int size;
    private final int side;
    private final double speed;

    Placement(int frames, int size, int side, double speed) {
        this.frames = frames;
        this.size = size;
        this.side = side;
        this.speed = speed;
    }

    /** The script with random start positions, or null when none of {@value #TRIES} draws kept the paths apart. */
    ClipScript place(List<ShapeObject> objects, List<MotionEvent> events, SplittableRandom rng) {
        int n = objects.size();
        int[][] dx = new int[n][frames];
        int[][] dy = new int[n][frames];
        for (MotionEvent e : events) {
            follow(e, dx[e.object()], dy[e.object()]);
        }
        int[] x0 = new int[n];
        int[] y0 = new int[n];
        for (int attempt = 0; attempt < TRIES; attempt++) {
            for (int o = 0; o < n; o++) {
                x0[o] = start(rng, dx[o]);
                y0[o] = start(rng, dy[o]);
            }
            if (n == 1 || gap(x0[0], dx[0], x0[1], dx[1]) || gap(y0[0], dy[0], y0[1], dy[1])) {
                return new ClipScript(frames, objects, shift(dx, x0), shift(dy, y0), events);
            }
        }
        return null;
    }

    /** Adds the event's offsets to its object's path relative to its start, along both axes. */
    private void follow(MotionEvent e, int[] dx, int[] dy) {
        Direction d = e.direction();
        for (int t = 0; t < frames; t++) {
            int moved = Math.max(0, Math.min(e.steps(), t - e.firstTransition()));
            int offset = (int) Math.round(speed * moved);
            dx[t] += d.dx() * offset;
            dy[t] += d.dy() * offset;
        }
    }

    /** A random start along one axis that keeps the path's offsets in {@code [0, size - side]}. */
    private int start(SplittableRandom rng, int[] offsets) {
        return rng.nextInt(-min(offsets), size - side - max(offsets) + 1);
    }

    /**
     * True when two paths along one axis (starts and offsets), shapes included, keep a background pixel between
     * their extents.
     */
    private boolean gap(int a0, int[] a, int b0, int[] b) {
        return a0 + max(a) + side < b0 + min(b) || b0 + max(b) + side < a0 + min(a);
    }

    private static int[][] shift(int[][] offsets, int[] starts) {
        int[][] paths = new int[offsets.length][];
        for (int o = 0; o < offsets.length; o++) {
            paths[o] = offsets[o].clone();
            for (int t = 0; t < paths[o].length; t++) {
                paths[o][t] += starts[o];
            }
        }
        return paths;
    }

    private static int min(int[] v) {
        int m = Integer.MAX_VALUE;
        for (int x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static int max(int[] v) {
        int m = Integer.MIN_VALUE;
        for (int x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
