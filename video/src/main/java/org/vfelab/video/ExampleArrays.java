package org.vfelab.video;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.vfelab.core.data.ClipShape;
import org.vfelab.core.data.FloatArrays;
import org.vfelab.core.data.Vocabulary;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills the arrays of a batch or eval set one example at a time: the clip's bytes scaled to [0, 1] (as the
 * synthetic benchmark's values), the caption's token ids and their mask. Clips go into ND4J one by one, so a large
 * eval set never has a second full copy on the Java heap.
 */
final class ExampleArrays {
    private final INDArray videos;
    private final int[] tokens;
    private final float[] mask;
    private final List<String> captions = new ArrayList<>();
    private final long[] clipShape;
    private final int n;
    private final int maxTokens;

    ExampleArrays(int n, ClipShape shape, int maxTokens) {
        this.clipShape = new long[] {shape.frames(), shape.height(), shape.width(), shape.channels()};
        this.videos = Nd4j.create(DataType.FLOAT, n, shape.frames(), shape.height(), shape.width(), shape.channels());
        this.tokens = new int[n * maxTokens];
        this.mask = new float[n * maxTokens];
        this.n = n;
        this.maxTokens = maxTokens;
    }

    /** Adds the next example: RGB bytes {@code [T, H, W, 3]}, the caption as text and as token ids. */
    void add(byte[] clip, String caption, int[] ids) {
        int row = captions.size();
        float[] values = new float[clip.length];
        for (int i = 0; i < clip.length; i++) {
            values[i] = (clip[i] & 0xff) / 255f;
        }
        try (INDArray one = FloatArrays.of(values, clipShape)) {
            videos.get(NDArrayIndex.point(row)).assign(one);
        }
        System.arraycopy(ids, 0, tokens, row * maxTokens, maxTokens);
        for (int j = 0; j < maxTokens && ids[j] != Vocabulary.PAD; j++) {
            mask[row * maxTokens + j] = 1f;
        }
        captions.add(caption);
    }

    INDArray videos() {
        return videos;
    }

    INDArray tokens() {
        return Nd4j.create(tokens, new long[] {n, maxTokens}, DataType.INT32);
    }

    INDArray tokenMask() {
        return Nd4j.create(mask, new long[] {n, maxTokens}, DataType.FLOAT);
    }

    List<String> captions() {
        return captions;
    }
}
