package org.vfelab.movingshapes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.EvalSet;
import org.vfelab.core.data.VideoTextBatch;

/**
 * With 2 events per clip ({@code data.events: 2}, the default) the generator makes exactly the clips and captions
 * it made before the key existed, so earlier results and golden numbers stay valid. The fingerprints were first
 * taken from that generator (commit ab0f027) and must never change.
 */
class ScriptSamplerGoldenTest {

    @ParameterizedTest(name = "{0} frames x {1} px")
    @CsvSource({
            "8,   32, 1730003469, 24257633,    541270214, -669786719,  2068910296",
            "16,  64, 555596955,  1235234265,  541270214, 556961399,   2068910296",
            "64,  32, 1301359357, -1412173829, 541270214, 1528284217,  2068910296",
            "128, 32, -457933109, -990792554,  541270214, -1529640187, 2068910296",
            "3,   16, -215802253, 1119831388,  541270214, -1100320895, 2068910296"})
    void twoEventClipsAreTheClipsOfTheOriginalGenerator(int frames, int size, int scripts, int batchVideos,
            int batchCaptions, int evalVideos, int evalCaptions) {
        ScriptSampler sampler = new ScriptSampler(frames, size, 2);
        SplittableRandom rng = new SplittableRandom(11);
        int h = 17;
        for (int n = 0; n < 2000; n++) {
            h = 31 * h + fingerprint(sampler.sample(rng));
        }
        assertThat(h).as("2000 scripts").isEqualTo(scripts);

        MovingShapesDataset data = new MovingShapesDataset(7, frames, size, 2, 512, 16,
                List.of(CaptionFamily.APPEARANCE, CaptionFamily.TEMPORAL), 13);
        VideoTextBatch batch = data.trainBatch(16, 3);
        EvalSet eval = data.evalSet(CaptionFamily.TEMPORAL);
        assertThat(Arrays.hashCode(TestClips.floats(batch.videos()))).as("batch videos").isEqualTo(batchVideos);
        assertThat(batch.captions().hashCode()).as("batch captions").isEqualTo(batchCaptions);
        assertThat(Arrays.hashCode(TestClips.floats(eval.videos()))).as("eval videos").isEqualTo(evalVideos);
        assertThat(eval.captions().hashCode()).as("eval captions").isEqualTo(evalCaptions);
    }

    /** A hash of everything in a script, from values whose hash codes Java specifies (no enum identity hashes). */
    private static int fingerprint(ClipScript s) {
        StringBuilder text = new StringBuilder();
        for (ShapeObject o : s.objects()) {
            text.append(o.phrase()).append(',');
        }
        for (MotionEvent e : s.events()) {
            text.append(e.object()).append(' ').append(e.direction().word()).append(' ').append(e.firstTransition())
                    .append(' ').append(e.steps()).append(';');
        }
        return 31 * (31 * text.toString().hashCode() + Arrays.deepHashCode(s.xs())) + Arrays.deepHashCode(s.ys());
    }
}
