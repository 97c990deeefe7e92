package org.vfelab.movingshapes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Checks the rendered pixels against the script's events: what the temporal caption says is what moves. */
class ScriptSamplerTest {

    @ParameterizedTest(name = "{0} frames x {1} px, {2} events")
    @CsvSource({"8, 32, 2", "16, 64, 2", "64, 32, 2", "128, 32, 2", "3, 16, 2", "64, 32, 3", "64, 32, 4",
            "128, 32, 4", "64, 64, 4", "96, 32, 6", "7, 32, 6", "16, 16, 5"})
    void eachShapeMovesExactlyAsItsEventsSayAndStaysWholeAndApart(int frames, int size, int events) {
        ScriptSampler sampler = new ScriptSampler(frames, size, events);
        ClipRenderer renderer = new ClipRenderer(size, sampler.side(), ClipRenderer.NOISE);
        SplittableRandom rng = new SplittableRandom(11);
        float[] clip = new float[renderer.floatsPerClip(frames)];
        for (int n = 0; n < 150; n++) {
            ClipScript script = sampler.sample(rng);
            renderer.render(script, n, clip, 0);
            for (int o = 0; o < script.objects().size(); o++) {
                checkObject(script, o, clip, size, sampler);
            }
        }
    }

    private static void checkObject(ClipScript script, int o, float[] clip, int size, ScriptSampler sampler) {
        Colour colour = script.objects().get(o).colour();
        int frames = script.frames();
        double[][] centroid = new double[frames][];
        int pixels = count(script.objects().get(o).kind().mask(sampler.side()));
        for (int t = 0; t < frames; t++) {
            centroid[t] = centroid(clip, t, size, colour, pixels);
        }
        for (MotionEvent e : script.events()) {
            if (e.object() != o) {
                continue;
            }
            Direction d = e.direction();
            double along = 0;
            for (int j = e.firstTransition(); j < e.endTransition(); j++) {
                double dx = centroid[j + 1][0] - centroid[j][0];
                double dy = centroid[j + 1][1] - centroid[j][1];
                assertThat(dx * d.dx() + dy * d.dy()).as("step %d of %s", j, d).isGreaterThanOrEqualTo(0);
                assertThat(d.horizontal() ? dy : dx).as("sideways drift at step %d", j).isZero();
                along += dx * d.dx() + dy * d.dy();
            }
            assertThat(along).as("travel of %s", d).isCloseTo(Math.round(sampler.speed() * e.steps()), within(1e-9))
                    .isGreaterThanOrEqualTo(1);
        }
        for (int j = 0; j < frames - 1; j++) {
            int transition = j;
            boolean moving = script.events().stream().anyMatch(e -> e.object() == o
                    && e.firstTransition() <= transition && transition < e.endTransition());
            if (!moving) {
                assertThat(centroid[j + 1]).as("object %d still at step %d", o, j).containsExactly(centroid[j]);
            }
        }
    }

    /** Centroid of the pixels of one colour; also checks that the whole shape is visible (no overlap, in frame). */
    private static double[] centroid(float[] clip, int t, int size, Colour colour, int expectedPixels) {
        int base = t * size * size * 3;
        double sx = 0;
        double sy = 0;
        int count = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int at = base + (y * size + x) * 3;
                boolean match = true;
                for (int c = 0; c < 3 && match; c++) {
                    match = Math.abs(clip[at + c] - colour.channel(c)) <= 0.1f;
                }
                if (match) {
                    sx += x;
                    sy += y;
                    count++;
                }
            }
        }
        assertThat(count).as("%s pixels in frame %d", colour, t).isEqualTo(expectedPixels);
        return new double[] {sx / count, sy / count};
    }

    private static int count(boolean[] mask) {
        int n = 0;
        for (boolean b : mask) {
            n += b ? 1 : 0;
        }
        return n;
    }

    @Test
    void mixFollowsTheCalibration() {
        ScriptSampler sampler = new ScriptSampler(8, 32, 2);
        assertThat(sampler.speed()).isEqualTo(2.0);
        assertThat(sampler.side()).isEqualTo(7);
        SplittableRandom rng = new SplittableRandom(5);
        int single = 0;
        int total = 2000;
        Set<List<Direction>> pairs = new HashSet<>();
        for (int n = 0; n < total; n++) {
            ClipScript s = sampler.sample(rng);
            if (s.objects().size() == 1) {
                single++;
                assertThat(s.events()).singleElement().extracting(MotionEvent::steps).isEqualTo(7);
                continue;
            }
            assertThat(s.objects().get(0).colour()).isNotEqualTo(s.objects().get(1).colour());
            MotionEvent a = s.events().get(0);
            MotionEvent b = s.events().get(1);
            assertThat(a.object()).isZero();
            assertThat(a.steps()).isBetween(3, 4);
            assertThat(b.firstTransition()).isEqualTo(a.steps());
            assertThat(b.endTransition()).isEqualTo(7);
            assertThat(b.direction()).as("the too-hard case").isNotEqualTo(a.direction().opposite());
            pairs.add(List.of(a.direction(), b.direction()));
        }
        assertThat(single / (double) total).isCloseTo(ScriptSampler.ONE_SHAPE_SHARE, within(0.04));
        assertThat(pairs).hasSize(12);
    }

    @Test
    void reversedScriptRendersAsTheReversedFramesAndReversesTwiceToItself() {
        ScriptSampler sampler = new ScriptSampler(8, 32, 2);
        ClipRenderer clean = new ClipRenderer(32, sampler.side(), 0f);
        SplittableRandom rng = new SplittableRandom(9);
        float[] forward = new float[clean.floatsPerClip(8)];
        float[] backward = new float[forward.length];
        for (int n = 0; n < 50; n++) {
            ClipScript s = sampler.sample(rng);
            clean.render(s, 0, forward, 0);
            clean.render(s.reversed(), 0, backward, 0);
            TestClips.assertSameFloats(backward, TestClips.reverseFrames(forward, 8), "reversed script " + n);
            ClipScript twice = s.reversed().reversed();
            assertThat(twice.events()).isEqualTo(s.events());
            assertThat(twice.xs()).isDeepEqualTo(s.xs());
            assertThat(twice.ys()).isDeepEqualTo(s.ys());
        }
    }
}
