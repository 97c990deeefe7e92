package org.vfelab.movingshapes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Helpers shared by the data tests: reading clips back out of ND4J arrays and parsing captions. */
final class TestClips {
    private static final Map<String, String> OPPOSITE =
            Map.of("left", "right", "right", "left", "up", "down", "down", "up");

    private TestClips() {
    }

    static float[] floats(INDArray a) {
        return a.dup('c').data().asFloat();
    }

    /** Clip {@code i} of a {@code [N, T, H, W, C]} array as one flat array. */
    static float[] clip(INDArray videos, int i) {
        return floats(videos.get(NDArrayIndex.point(i)));
    }

    /** Bit-for-bit equality of two clips, reporting the first difference (AssertJ is slow on 10^5 floats). */
    static void assertSameFloats(float[] actual, float[] expected, String what) {
        assertThat(actual.length).as(what + ": length").isEqualTo(expected.length);
        int at = Arrays.mismatch(actual, expected);
        assertThat(at).as(what + ": first differing float").isEqualTo(-1);
    }

    static float[] reverseFrames(float[] clip, int frames) {
        float[] out = new float[clip.length];
        ClipRenderer.copyReversed(clip, 0, out, 0, frames, clip.length / frames);
        return out;
    }

    /** The temporal caption of the time-reversed clip, computed from the text alone. */
    static String reverseTemporalCaption(String caption) {
        List<String> events = new ArrayList<>();
        for (String event : caption.split(" then ")) {
            String[] w = event.split(" ");
            if (w.length != 5 || !w[0].equals("the") || !w[3].equals("moves") || !OPPOSITE.containsKey(w[4])) {
                throw new IllegalArgumentException("not a temporal event: '" + event + "'");
            }
            events.add(String.join(" ", w[0], w[1], w[2], w[3], OPPOSITE.get(w[4])));
        }
        Collections.reverse(events);
        return String.join(" then ", events);
    }
}
