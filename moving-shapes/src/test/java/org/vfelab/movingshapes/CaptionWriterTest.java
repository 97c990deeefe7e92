package org.vfelab.movingshapes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.EvalSet;

class CaptionWriterTest {
    private static final ShapeObject RED_SQUARE = new ShapeObject(ShapeKind.SQUARE, Colour.RED);
    private static final ShapeObject BLUE_CIRCLE = new ShapeObject(ShapeKind.CIRCLE, Colour.BLUE);

    /** Two shapes on an 8-frame script; positions are irrelevant to captions. */
    private static ClipScript script(List<ShapeObject> objects, MotionEvent... events) {
        int[][] xs = new int[objects.size()][8];
        int[][] ys = new int[objects.size()][8];
        return new ClipScript(8, objects, xs, ys, List.of(events));
    }

    @Test
    void captionsOfTheBriefsExample() {
        ClipScript s = script(List.of(RED_SQUARE, BLUE_CIRCLE),
                new MotionEvent(0, Direction.LEFT, 0, 3), new MotionEvent(1, Direction.UP, 3, 4));
        assertThat(CaptionWriter.appearance(s)).isEqualTo("a red square and a blue circle");
        assertThat(CaptionWriter.temporal(s)).isEqualTo("the red square moves left then the blue circle moves up");
        assertThat(CaptionWriter.temporal(s.reversed()))
                .isEqualTo("the blue circle moves down then the red square moves right");
        assertThat(CaptionWriter.appearance(s.reversed())).isEqualTo(CaptionWriter.appearance(s));
    }

    @Test
    void aCaptionOfFourEventsIsFourClausesAndItsReversalUndoesThemBackwards() {
        ClipScript s = script(List.of(RED_SQUARE, BLUE_CIRCLE), new MotionEvent(0, Direction.LEFT, 0, 2),
                new MotionEvent(1, Direction.UP, 2, 2), new MotionEvent(0, Direction.DOWN, 4, 2),
                new MotionEvent(1, Direction.RIGHT, 6, 1));
        assertThat(CaptionWriter.temporal(s)).isEqualTo("the red square moves left then the blue circle moves up then "
                + "the red square moves down then the blue circle moves right");
        assertThat(CaptionWriter.temporal(s.reversed())).isEqualTo("the blue circle moves left then the red square "
                + "moves up then the blue circle moves down then the red square moves right");
        assertThat(CaptionWriter.temporal(s).split(" ")).hasSize(CaptionWriter.maxWords(CaptionFamily.TEMPORAL, 4));
    }

    @Test
    void longestCaptionsInWords() {
        assertThat(CaptionWriter.maxWords(CaptionFamily.APPEARANCE, 6)).isEqualTo(7);
        assertThat(CaptionWriter.maxWords(CaptionFamily.TEMPORAL, 2)).isEqualTo(11);
        assertThat(CaptionWriter.maxWords(CaptionFamily.TEMPORAL, 4)).isEqualTo(23);
        assertThat(CaptionWriter.maxWords(CaptionFamily.TEMPORAL, 6)).isEqualTo(35);
    }

    @Test
    void oneShapeCaptions() {
        ClipScript s = script(List.of(RED_SQUARE), new MotionEvent(0, Direction.LEFT, 0, 7));
        assertThat(CaptionWriter.appearance(s)).isEqualTo("a red square");
        assertThat(CaptionWriter.temporal(s)).isEqualTo("the red square moves left");
        assertThat(CaptionWriter.temporal(s.reversed())).isEqualTo("the red square moves right");
    }

    @Test
    void appearanceCaptionDoesNotDependOnWhichObjectMovesFirst() {
        ClipScript redFirst = script(List.of(RED_SQUARE, BLUE_CIRCLE),
                new MotionEvent(0, Direction.LEFT, 0, 3), new MotionEvent(1, Direction.UP, 3, 4));
        ClipScript blueFirst = script(List.of(BLUE_CIRCLE, RED_SQUARE),
                new MotionEvent(0, Direction.UP, 0, 3), new MotionEvent(1, Direction.LEFT, 3, 4));
        assertThat(CaptionWriter.appearance(blueFirst)).isEqualTo(CaptionWriter.appearance(redFirst));
        assertThat(CaptionWriter.temporal(blueFirst)).isNotEqualTo(CaptionWriter.temporal(redFirst));
    }

    @Test
    void inGeneratedClipsTheFirstListedObjectIsNotTheFirstMover() {
        ScriptSampler sampler = new ScriptSampler(8, 32, 2);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(2);
        int firstMoverListedFirst = 0;
        int twoShape = 0;
        for (int n = 0; n < 1000; n++) {
            ClipScript s = sampler.sample(rng);
            if (s.objects().size() == 2) {
                twoShape++;
                String firstMover = s.objectOf(s.events().get(0)).phrase();
                firstMoverListedFirst += CaptionWriter.appearance(s).startsWith("a " + firstMover) ? 1 : 0;
            }
        }
        assertThat(firstMoverListedFirst / (double) twoShape).isBetween(0.4, 0.6);
    }

    @Test
    void captionsOf256EvalClipsAreMostlyDistinct() {
        MovingShapesDataset data = new MovingShapesDataset(7, 8, 32, 2, 2048, 256,
                List.of(CaptionFamily.APPEARANCE, CaptionFamily.TEMPORAL), 13);
        Set<String> appearance = new HashSet<>(data.evalSet(CaptionFamily.APPEARANCE).captions());
        EvalSet temporalSet = data.evalSet(CaptionFamily.TEMPORAL);
        Set<String> temporal = new HashSet<>(temporalSet.captions());
        System.out.printf("moving-shapes 8x32, 256 eval clips: %d distinct appearance captions, %d distinct "
                + "temporal captions (of %d)%n", appearance.size(), temporal.size(), temporalSet.size());
        assertThat(appearance.size()).isGreaterThan(100);
        assertThat(temporal.size()).isGreaterThan(200);
    }
}
