package org.vfelab.movingshapes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Long clips ({@code data.events} above 2), on scripts: the events tile the clip in order, two shapes take turns,
 * both stay in the frame and apart, and every rule holds for the time-reversed script too. The rendered pixels are
 * checked by {@link ScriptSamplerTest}.
 */
class ScriptSamplerLongClipsTest {
    private static final int FRAMES = 64;
    private static final int SIZE = 32;

    private static List<ClipScript> scripts(int frames, int events, long seed, int n) {
        ScriptSampler sampler = new ScriptSampler(frames, SIZE, events);
        SplittableRandom rng = new SplittableRandom(seed);
        List<ClipScript> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(sampler.sample(rng));
        }
        return out;
    }

    @Test
    void fourEventsInOrderCoverEveryTransitionInRunsOfAQuarterOfTheClip() {
        for (ClipScript s : scripts(FRAMES, 4, 3, 1000)) {
            for (ClipScript clip : List.of(s, s.reversed())) {
                assertThat(clip.events()).hasSize(4);
                int next = 0;
                for (MotionEvent e : clip.events()) {
                    assertThat(e.firstTransition()).as("events follow each other: %s", clip.events()).isEqualTo(next);
                    assertThat(e.steps()).as("63 transitions in 4 runs").isBetween(15, 16);
                    next = e.endTransition();
                }
                assertThat(next).isEqualTo(FRAMES - 1);
            }
        }
    }

    @Test
    void shapesTakeTurnsAndNoEventMovesOppositeToTheOneBefore() {
        int oneShape = 0;
        Set<List<Direction>> twoShapeMoves = new HashSet<>();
        Set<List<Direction>> oneShapeMoves = new HashSet<>();
        List<ClipScript> all = scripts(FRAMES, 4, 4, 3000);
        for (ClipScript s : all) {
            boolean single = s.objects().size() == 1;
            oneShape += single ? 1 : 0;
            if (!single) {
                assertThat(s.objects().get(0).colour()).isNotEqualTo(s.objects().get(1).colour());
                assertThat(s.events()).extracting(MotionEvent::object).containsExactly(0, 1, 0, 1);
            }
            checkTurns(s);
            checkTurns(s.reversed());
            (single ? oneShapeMoves : twoShapeMoves).add(s.events().stream().map(MotionEvent::direction).toList());
        }
        assertThat(oneShape / (double) all.size()).isCloseTo(ScriptSampler.ONE_SHAPE_SHARE, within(0.04));
        assertThat(twoShapeMoves).as("4 first directions, then 3 each").hasSize(4 * 3 * 3 * 3);
        assertThat(oneShapeMoves).as("4 first directions, then a right turn either way").hasSize(4 * 2 * 2 * 2);
    }

    /** Two shapes alternate; no event undoes the one before; one shape always turns. */
    private static void checkTurns(ClipScript s) {
        boolean single = s.objects().size() == 1;
        List<MotionEvent> events = s.events();
        for (int i = 1; i < events.size(); i++) {
            MotionEvent e = events.get(i);
            MotionEvent before = events.get(i - 1);
            String what = "event " + i + " of " + events;
            assertThat(e.object() == before.object()).as("same object twice in a row, " + what).isEqualTo(single);
            assertThat(e.direction()).as("the too-hard case, " + what).isNotEqualTo(before.direction().opposite());
            if (single) {
                assertThat(e.direction()).as("one shape moves on in a new direction, " + what)
                        .isNotEqualTo(before.direction());
            }
        }
    }

    @ParameterizedTest(name = "{0} events")
    @ValueSource(ints = {3, 4, 5, 6})
    void shapesStayInsideTheFrameAndApartInEveryFrameAndStillOutsideTheirEvents(int events) {
        int side = new ScriptSampler(FRAMES, SIZE, events).side();
        for (ClipScript s : scripts(FRAMES, events, 5, 1000)) {
            assertThat(s.events()).hasSize(events);
            int[][] xs = s.xs();
            int[][] ys = s.ys();
            for (int t = 0; t < FRAMES; t++) {
                for (int o = 0; o < xs.length; o++) {
                    assertThat(xs[o][t]).as("column of object %d, frame %d", o, t).isBetween(0, SIZE - side);
                    assertThat(ys[o][t]).as("row of object %d, frame %d", o, t).isBetween(0, SIZE - side);
                    if (t > 0 && !moving(s, o, t - 1)) {
                        assertThat(xs[o][t] == xs[o][t - 1] && ys[o][t] == ys[o][t - 1])
                                .as("object %d still at transition %d", o, t - 1).isTrue();
                    }
                }
                if (xs.length == 2) {
                    boolean apart = Math.abs(xs[0][t] - xs[1][t]) > side || Math.abs(ys[0][t] - ys[1][t]) > side;
                    assertThat(apart).as("a background pixel between the shapes in frame %d", t).isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} events")
    @ValueSource(ints = {2, 3, 4})
    void everyReversedScriptShowsWhatSomeSampledScriptShows(int events) {
        List<ClipScript> all = scripts(FRAMES, events, 6, 3000);
        Set<List<Object>> shown = new HashSet<>();
        for (ClipScript s : all) {
            shown.add(shows(s));
        }
        for (ClipScript s : all) {
            assertThat(shown).as("the reversal of %s", s.events()).contains(shows(s.reversed()));
        }
    }

    @ParameterizedTest(name = "{0} events")
    @ValueSource(ints = {2, 3, 4, 5, 6})
    void noTemporalCaptionIsItsOwnReversal(int events) {
        for (ClipScript s : scripts(FRAMES, events, 8, 1000)) {
            assertThat(CaptionWriter.temporal(s.reversed())).isNotEqualTo(CaptionWriter.temporal(s));
        }
    }

    @Test
    void aClipNeedsAFrameForEveryEventAndOneMore() {
        assertThatThrownBy(() -> new ScriptSampler(4, SIZE, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 5 frames");
        assertThatThrownBy(() -> new ScriptSampler(FRAMES, SIZE, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 events");
        assertThat(scripts(5, 4, 7, 50)).allMatch(s -> s.events().stream().allMatch(e -> e.steps() == 1));
    }

    private static boolean moving(ClipScript s, int object, int transition) {
        return s.events().stream().anyMatch(e -> e.object() == object && e.firstTransition() <= transition
                && transition < e.endTransition());
    }

    /** What a script shows whatever its objects are: their count, then per event who moves (first mover?), where. */
    private static List<Object> shows(ClipScript s) {
        List<Object> p = new ArrayList<>(List.of(s.objects().size()));
        int first = s.events().get(0).object();
        for (MotionEvent e : s.events()) {
            p.add(List.of(e.object() == first, e.direction()));
        }
        return p;
    }
}
