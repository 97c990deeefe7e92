package org.vfelab.core.data;

import org.vfelab.spec.CaptionFamily;

import org.vfelab.core.random.SeedStreams;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A fixed evaluation set of one caption family. Besides retrieval recall it supports the two temporal checks of
 * the paper: {@link #reversalOf()} pairs each clip with its time-reversed twin (a model that ignores frame order
 * scores a temporal caption equally against both), and {@link #withShuffledFrames(long)} destroys frame order while
 * keeping every frame (temporal recall should collapse, appearance recall should not).
 *
 * @param videos     FLOAT {@code [N, T, H, W, C]}
 * @param tokens     INT {@code [N, L]}
 * @param tokenMask  FLOAT {@code [N, L]}
 * @param captions   the N captions as text
 * @param reversalOf for each clip, the index of its time-reversed twin in this set, or -1
 */
public record EvalSet(CaptionFamily family, INDArray videos, INDArray tokens, INDArray tokenMask,
        List<String> captions, int[] reversalOf) {

    public EvalSet {
        Objects.requireNonNull(family, "family");
        captions = List.copyOf(captions);
        VideoTextBatch.checkLayout(videos, tokens, tokenMask, captions.size());
        reversalOf = reversalOf.clone();
        if (reversalOf.length != captions.size()) {
            throw new IllegalArgumentException("reversalOf has " + reversalOf.length + " entries for "
                    + captions.size() + " clips");
        }
        for (int i = 0; i < reversalOf.length; i++) {
            int j = reversalOf[i];
            if (j != -1 && (j < 0 || j >= reversalOf.length || j == i || reversalOf[j] != i)) {
                throw new IllegalArgumentException("reversalOf[" + i + "] = " + j + " is not a symmetric twin");
            }
        }
    }

    /** A copy, so callers cannot change the pairing. */
    @Override
    public int[] reversalOf() {
        return reversalOf.clone();
    }

    /** Number of clips. */
    public int size() {
        return captions.size();
    }

    /**
     * The same set with each clip's frames in a random order (never the identity when a clip has more than one
     * frame); captions, tokens and {@link #reversalOf()} are kept, so the twin links still name whose caption
     * each clip carries. Deterministic in {@code seed}.
     */
    public EvalSet withShuffledFrames(long seed) {
        long[] shape = videos.shape();
        int n = (int) shape[0];
        int frames = (int) shape[1];
        int frameFloats = (int) (shape[2] * shape[3] * shape[4]);
        float[] src = videos.dup('c').data().asFloat();
        float[] dst = new float[src.length];
        for (int i = 0; i < n; i++) {
            int[] perm = permutation(frames, new SplittableRandom(SeedStreams.derive(seed, "shuffle", i)));
            int clip = i * frames * frameFloats;
            for (int t = 0; t < frames; t++) {
                System.arraycopy(src, clip + perm[t] * frameFloats, dst, clip + t * frameFloats, frameFloats);
            }
        }
        return new EvalSet(family, FloatArrays.of(dst, shape), tokens.dup(), tokenMask.dup(),
                captions, reversalOf);
    }

    private static int[] permutation(int n, SplittableRandom rng) {
        int[] p = new int[n];
        boolean identity = true;
        while (identity) {
            for (int i = 0; i < n; i++) {
                p[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int tmp = p[i];
                p[i] = p[j];
                p[j] = tmp;
            }
            identity = n > 1;
            for (int i = 0; i < n && identity; i++) {
                identity = p[i] == i;
            }
        }
        return p;
    }
}
