package org.vfelab.movingshapes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.vfelab.core.random.RandomSubsets;

/**
 * Draws random clip scripts of {@code events} motion events ({@code data.events}), with the difficulty calibrated
 * for 2 events: 30 % one-shape clips (the shape moves the whole clip); otherwise two shapes of
 * different colours that move in sequence, A for the first half of the transitions (3 or 4 of 7 at 8 frames), then
 * B for the rest.
 *
 * <p>With more events the clip is long and every event is needed: the events are consecutive runs of about
 * {@code (frames - 1) / events} transitions covering the whole clip (which runs get the remainder's extra step is
 * random), so no short window of the clip shows the whole temporal caption. Two-shape clips alternate A, B, A, B,
 * ...; a one-shape clip (still 30 %) makes {@code events} moves in a row, each turning a right angle from the one
 * before.
 *
 * <p>Choices that keep both families learnable, for any number of events:
 * <ul>
 *   <li>no event moves opposite to the event just before it. For two shapes this avoids the "too hard" case (A
 *       and B moving in opposite directions along one axis, where the clip and its reversal show the same two
 *       motions; with 2 events the 12 other direction pairs are equally likely); for one shape it also keeps a
 *       caption from being its own time reversal ("left then up then down then right"). The rule is symmetric in
 *       time, so the set of scripts is closed under time reversal;</li>
 *   <li>speed is {@code size/16} px per frame (2 px at 32), lowered for long clips so that every event travels at
 *       most {@code 3*size/8} px, and with more than 2 events at most {@code 2*(size - 2*side - 1)/events} px: an
 *       object moving the same way several times adds up its travel, and this bound always leaves room for both
 *       objects' whole paths, apart, inside the frame (see {@link Placement}).</li>
 * </ul>
 * Shapes are {@code round(size*7/32)} px and their whole trajectories keep a background pixel between them, so
 * shapes never overlap or leave the frame; a shape stays still outside its own events.
 */
final class ScriptSampler {
    static final double ONE_SHAPE_SHARE = 0.3;

    private final int frames;
    private final int events;
    private final int side;
    private final double speed;
    private final Placement placement;

    ScriptSampler(int frames, int size, int events) {
        if (events < 2) {
            throw new IllegalArgumentException("moving-shapes needs at least 2 events per clip, got " + events);
        }
        if (frames < events + 1 || size < 16) {
            throw new IllegalArgumentException("moving-shapes needs at least " + (events + 1) + " frames and 16 px"
                    + " for " + events + " events, got " + frames + " frames of " + size + " px");
        }
        this.frames = frames;
        this.events = events;
        this.side = Math.max(3, (int) Math.round(size * 7 / 32.0));
        int longestEvent = (frames - 1 + events - 1) / events;
        double travel = Math.min(size * 3 / 8.0, Math.floor(2.0 * (size - 2 * side - 1) / events));
        this.speed = Math.min(size / 16.0, travel / longestEvent);
        this.placement = new Placement(frames, size, side, speed);
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
        List<MotionEvent> moves = events == 2
                ? List.of(new MotionEvent(0, pick(rng, Direction.values()), 0, frames - 1))
                : sequence(rng, 1);
        return placement.place(List.of(a), moves, rng);
    }

    private ClipScript twoShapes(SplittableRandom rng) {
        Colour ca = pick(rng, Colour.values());
        Colour cb = Colour.values()[(ca.ordinal() + 1 + rng.nextInt(Colour.values().length - 1))
                % Colour.values().length];
        ShapeObject a = new ShapeObject(pick(rng, ShapeKind.values()), ca);
        ShapeObject b = new ShapeObject(pick(rng, ShapeKind.values()), cb);
        if (events > 2) {
            return placement.place(List.of(a, b), sequence(rng, 2), rng);
        }
        Direction da = pick(rng, Direction.values());
        Direction db = after(rng, da, false);
        int half = (frames - 1) / 2;
        int stepsA = rng.nextBoolean() ? half : frames - 1 - half;
        return placement.place(List.of(a, b), List.of(new MotionEvent(0, da, 0, stepsA),
                new MotionEvent(1, db, stepsA, frames - 1 - stepsA)), rng);
    }

    /** {@code events} consecutive runs covering the clip, moving objects 0, 1, 0, 1, ... of {@code shapes}. */
    private List<MotionEvent> sequence(SplittableRandom rng, int shapes) {
        int transitions = frames - 1;
        int[] steps = new int[events];
        Arrays.fill(steps, transitions / events);
        for (int longer : RandomSubsets.choose(rng, events, transitions % events)) {
            steps[longer]++;
        }
        List<MotionEvent> out = new ArrayList<>(events);
        Direction previous = null;
        int first = 0;
        for (int i = 0; i < events; i++) {
            Direction d = previous == null ? pick(rng, Direction.values()) : after(rng, previous, shapes == 1);
            out.add(new MotionEvent(i % shapes, d, first, steps[i]));
            first += steps[i];
            previous = d;
        }
        return out;
    }

    /** A direction never opposite to {@code previous}, and different from it when the same shape moves on. */
    private static Direction after(SplittableRandom rng, Direction previous, boolean sameShape) {
        List<Direction> allowed = new ArrayList<>(List.of(Direction.values()));
        allowed.remove(previous.opposite());
        if (sameShape) {
            allowed.remove(previous);
        }
        return allowed.get(rng.nextInt(allowed.size()));
    }

    private static <T> T pick(SplittableRandom rng, T[] values) {
        return values[rng.nextInt(values.length)];
    }
}
