package org.vfelab.movingshapes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.ClipShape;
import org.vfelab.core.data.FloatArrays;
import org.vfelab.core.data.Vocabulary;

/**
 * Builds the arrays of a batch or eval set from a list of examples. A reversed example whose forward clip is
 * already in the same array is copied from it frame by frame, so a (clip, reversal) pair costs one render and is
 * exactly the same noise played backwards. Small outputs go to ND4J in one copy; large ones (long clips, big eval
 * sets) in chunks, so the Java heap never holds a second copy of the whole set.
 */
final class ClipAssembler {
    /** One row of the output: clip {@code index} of {@code split}, possibly time-reversed, with one caption. */
    record Example(String split, long index, boolean reversed, CaptionFamily family) {
    }

    /** The assembled arrays. */
    record Assembled(INDArray videos, INDArray tokens, INDArray tokenMask, List<String> captions) {
    }

    static final long CHUNK_FLOATS = 8L << 20;

    private final ClipFactory factory;
    private final ClipShape shape;
    private final Vocabulary vocabulary;
    private final int maxTokens;
    /**
     * The rendered floats of the last batch, reused by the next of the same size: a batch of clips is a humongous
     * object for G1 (6 MB at bench-b, 25 MB at 512 tokens and batch 32), and one of those per step made the heap, and
     * with it the RSS, grow over a long run.
     */
    private float[] rendered = new float[0];

    ClipAssembler(ClipFactory factory, ClipShape shape, Vocabulary vocabulary, int maxTokens) {
        this.factory = factory;
        this.shape = shape;
        this.vocabulary = vocabulary;
        this.maxTokens = maxTokens;
    }

    Assembled assemble(List<Example> examples) {
        int n = examples.size();
        int[] tokens = new int[n * maxTokens];
        float[] mask = new float[n * maxTokens];
        List<String> captions = new ArrayList<>(n);
        List<ClipScript> scripts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Example e = examples.get(i);
            ClipScript forward = factory.script(e.split(), e.index());
            scripts.add(forward);
            String caption = CaptionWriter.caption(e.reversed() ? forward.reversed() : forward, e.family());
            int[] ids = vocabulary.encode(caption, maxTokens);
            System.arraycopy(ids, 0, tokens, i * maxTokens, maxTokens);
            for (int j = 0; j < maxTokens && ids[j] != Vocabulary.PAD; j++) {
                mask[i * maxTokens + j] = 1f;
            }
            captions.add(caption);
        }
        long[] tokenShape = {n, maxTokens};
        return new Assembled(videos(examples, scripts), Nd4j.create(tokens, tokenShape, DataType.INT32),
                Nd4j.create(mask, tokenShape, DataType.FLOAT), captions);
    }

    private synchronized INDArray videos(List<Example> examples, List<ClipScript> scripts) {
        int n = examples.size();
        long perClip = shape.floatsPerClip();
        long[] full = {n, shape.frames(), shape.height(), shape.width(), shape.channels()};
        int chunk = (int) Math.max(1, Math.min(n, CHUNK_FLOATS / perClip));
        if (chunk == n) {
            return FloatArrays.of(render(examples, scripts, 0, n), full);
        }
        INDArray out = Nd4j.create(DataType.FLOAT, full);
        for (int from = 0; from < n; from += chunk) {
            int to = Math.min(n, from + chunk);
            long[] part = full.clone();
            part[0] = to - from;
            out.get(NDArrayIndex.interval(from, to)).assign(FloatArrays.of(render(examples, scripts, from, to), part));
        }
        return out;
    }

    private float[] render(List<Example> examples, List<ClipScript> scripts, int from, int to) {
        int perClip = Math.toIntExact(shape.floatsPerClip());
        int frameFloats = perClip / shape.frames();
        int length = Math.multiplyExact(to - from, perClip);
        if (rendered.length != length) {
            rendered = new float[length];
        }
        float[] out = rendered;
        Map<String, Integer> forwardAt = new HashMap<>();
        float[] scratch = null;
        for (int i = from; i < to; i++) {
            Example e = examples.get(i);
            String key = e.split() + "/" + e.index();
            int at = (i - from) * perClip;
            Integer done = forwardAt.get(key);
            if (!e.reversed()) {
                factory.render(e.split(), e.index(), scripts.get(i), out, at);
                forwardAt.putIfAbsent(key, i - from);
            } else if (done != null) {
                ClipRenderer.copyReversed(out, done * perClip, out, at, shape.frames(), frameFloats);
            } else {
                scratch = scratch == null ? new float[perClip] : scratch;
                factory.render(e.split(), e.index(), scripts.get(i), scratch, 0);
                ClipRenderer.copyReversed(scratch, 0, out, at, shape.frames(), frameFloats);
            }
        }
        return out;
    }
}
