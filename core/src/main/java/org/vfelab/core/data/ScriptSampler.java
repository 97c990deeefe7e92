package org.vfelab.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws random clip scripts with the difficulty calibrated in paper-notes: 30 % one-shape clips (the shape moves
 * the whole clip); otherwise two shapes of different colours that move in sequence, A for the first half of the
 * transitions (3 or 4 of 7 at 8 frames), then B for the rest. Two choices keep both families learnable:
 * <ul>
 *   <li>the "too hard" case (A and B moving in opposite directions along one axis, where the clip and its reversal
 *       show the same two motions) is never drawn; the 12 other direction pairs are equally likely, and the set is
 *       closed under time reversal;</li>
 *   <li>speed is {@code size/16} px per frame (2 px at 32), lowered for long clips so that every event travels at
 *       most {@code 3*size/8} px and the shapes stay in the frame.</li>
 * </ul>
 * Shapes are {@code round(size*7/32)} px and their whole trajectories keep a background pixel between them, so
 * shapes never overlap or leave the frame.
 */
final class ScriptSampler {
    static final double ONE_SHAPE_SHARE = 0.3;
    private static final int PLACEMENT_TRIES = 100;

    private final int frames;
    private final int size;
    private final int side;
    private final double speed;

    ScriptSampler(int frames, int size) {
        if (frames < 3 || size < 16) {
            throw new IllegalArgumentException("moving-shapes needs at least 3 frames and 16 px, got " + frames
                    + " frames of " + size + " px");
        }
        this.frames = frames;
        this.size = size;
        this.side = Math.max(3, (int) Math.round(size * 7 / 32.0));
        int longestEvent = frames - 1 - (frames - 1) / 2;
        this.speed = Math.min(size / 16.0, size * 3 / 8.0 / longestEvent);
    }

    /** Side of a shape in pixels. */
    int side() {
        return side;
    }

    /** Pixels per frame while an object moves. */
    double speed() {
        return speed;
    }

    ClipScript sample(SplittableRandom rng) {
        while (true) {
            ClipScript script = rng.nextDouble() < ONE_SHAPE_SHARE ? oneShape(rng) : twoShapes(rng);
            if (script != null) {
                return script;
            }
        }
    }

    private ClipScript oneShape(SplittableRandom rng) {
        ShapeObject a = new ShapeObject(pick(rng, ShapeKind.values()), pick(rng, Colour.values()));
        return place(List.of(a), List.of(new MotionEvent(0, pick(rng, Direction.values()), 0, frames - 1)), rng);
    }

    private ClipScript twoShapes(SplittableRandom rng) {
        Colour ca = pick(rng, Colour.values());
        Colour cb = Colour.values()[(ca.ordinal() + 1 + rng.nextInt(Colour.values().length - 1))
                % Colour.values().length];
        ShapeObject a = new ShapeObject(pick(rng, ShapeKind.values()), ca);
        ShapeObject b = new ShapeObject(pick(rng, ShapeKind.values()), cb);
        Direction da = pick(rng, Direction.values());
        List<Direction> allowed = new ArrayList<>(List.of(Direction.values()));
        allowed.remove(da.opposite());
        Direction db = allowed.get(rng.nextInt(allowed.size()));
        int half = (frames - 1) / 2;
        int stepsA = rng.nextBoolean() ? half : frames - 1 - half;
        return place(List.of(a, b), List.of(new MotionEvent(0, da, 0, stepsA),
                new MotionEvent(1, db, stepsA, frames - 1 - stepsA)), rng);
    }

    /** Random start positions that keep the trajectories inside the frame and apart; null when none was found. */
    private ClipScript place(List<ShapeObject> objects, List<MotionEvent> events, SplittableRandom rng) {
        int n = objects.size();
        for (int attempt = 0; attempt < PLACEMENT_TRIES; attempt++) {
            int[][] xs = new int[n][frames];
            int[][] ys = new int[n][frames];
            for (MotionEvent e : events) {
                trajectory(e, rng, xs[e.object()], ys[e.object()]);
            }
            if (n == 1 || apart(xs[0], ys[0], xs[1], ys[1])) {
                return new ClipScript(frames, objects, xs, ys, events);
            }
        }
        return null;
    }

    private void trajectory(MotionEvent e, SplittableRandom rng, int[] xs, int[] ys) {
        Direction d = e.direction();
        int travel = (int) Math.round(speed * e.steps());
        int x0 = start(rng, d.dx(), travel);
        int y0 = start(rng, d.dy(), travel);
        for (int t = 0; t < frames; t++) {
            int moved = Math.max(0, Math.min(e.steps(), t - e.firstTransition()));
            int offset = (int) Math.round(speed * moved);
            xs[t] = x0 + d.dx() * offset;
            ys[t] = y0 + d.dy() * offset;
        }
    }

    private int start(SplittableRandom rng, int sign, int travel) {
        int lo = sign < 0 ? travel : 0;
        int hi = size - side - (sign > 0 ? travel : 0);
        return rng.nextInt(lo, hi + 1);
    }

    /** True when the two trajectories' bounding boxes have at least one background pixel between them. */
    private boolean apart(int[] ax, int[] ay, int[] bx, int[] by) {
        return gap(ax, bx) || gap(ay, by);
    }

    private boolean gap(int[] a, int[] b) {
        int aLo = min(a);
        int bLo = min(b);
        return max(a) + side < bLo || max(b) + side < aLo;
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

    private static <T> T pick(SplittableRandom rng, T[] values) {
        return values[rng.nextInt(values.length)];
    }
}
