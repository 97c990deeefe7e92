package org.vfelab.movingshapes;

import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.ClipShape;
import org.vfelab.core.data.EvalSet;
import org.vfelab.core.data.VideoTextBatch;
import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.core.data.Vocabulary;
import org.vfelab.core.random.RandomSubsets;
import org.vfelab.core.random.SeedStreams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The {@code moving-shapes} benchmark: coloured shapes moving on a dark background, captioned by appearance
 * ("a red square and a blue circle") or by the order of their motions ("the red square moves left then the blue
 * circle moves up"). It stands in for the paper's video-text data, which cannot be fetched here, and its
 * difficulty is calibrated so that frame order matters for temporal captions ({@link ScriptSampler} has the choices).
 *
 * <p>Nothing is held in memory: train clip i is regenerated from (seed, "train", i), eval clip i from
 * (seed, "eval", i), and the batch of a step from (seed, "batch", step).
 *
 * <p>Batch layout with TEMPORAL configured: rows {@code 2k, 2k+1} for {@code k < max(1, B/4)} are a train clip
 * and its time reversal with their temporal captions (the hard negatives a frame-order-blind model cannot
 * separate); the remaining rows are further distinct clips with appearance captions (temporal ones when
 * APPEARANCE is not configured). Without TEMPORAL every row is a distinct clip with its appearance caption. No
 * base clip appears twice in a batch except as its own reversal.
 */
public final class MovingShapesDataset implements VideoTextDataset {
    /** The descriptor name of this dataset ({@code data.type}). */
    public static final String TYPE = "moving-shapes";
    static final String TRAIN = "train";
    static final String EVAL = "eval";

    private final long seed;
    private final ClipShape clipShape;
    private final int trainClips;
    private final int evalClips;
    private final Set<CaptionFamily> families;
    private final Vocabulary vocabulary = CaptionWriter.vocabulary();
    private final ClipAssembler assembler;

    /**
     * Clips of {@code events} motion events ({@code data.events}, see {@link ScriptSampler}); {@code maxTokens}
     * must hold the longest caption of every configured family, which for temporal captions grows with the events.
     */
    public MovingShapesDataset(long seed, int frames, int size, int events, int trainClips, int evalClips,
            List<CaptionFamily> families, int maxTokens) {
        if (trainClips < 1 || evalClips < 2) {
            throw new IllegalArgumentException("need at least 1 train clip and 2 eval clips, got " + trainClips
                    + " and " + evalClips);
        }
        if (families.isEmpty() || new HashSet<>(families).size() != families.size()) {
            throw new IllegalArgumentException("caption families must be non-empty and distinct: " + families);
        }
        for (CaptionFamily f : families) {
            int words = CaptionWriter.maxWords(f, events);
            if (maxTokens < words + 2) {
                String captions = f == CaptionFamily.TEMPORAL
                        ? "temporal captions of " + events + " events (data.events)" : f.key() + " captions";
                throw new IllegalArgumentException("maxTokens " + maxTokens + " (model.text.max_tokens) is too small: "
                        + captions + " need up to " + (words + 2) + " tokens (<bos>, " + words + " words, <eos>)");
            }
        }
        this.seed = seed;
        this.clipShape = new ClipShape(frames, size, size, ClipRenderer.CHANNELS);
        this.trainClips = trainClips;
        this.evalClips = evalClips;
        this.families = EnumSet.copyOf(families);
        this.assembler = new ClipAssembler(new ClipFactory(seed, frames, size, events), clipShape, vocabulary,
                maxTokens);
    }

    @Override
    public ClipShape clipShape() {
        return clipShape;
    }

    @Override
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public VideoTextBatch trainBatch(int batchSize, long step) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        boolean temporal = families.contains(CaptionFamily.TEMPORAL);
        int pairs = temporal && batchSize >= 2 ? Math.max(1, batchSize / 4) : 0;
        int singles = batchSize - 2 * pairs;
        CaptionFamily singleFamily = families.contains(CaptionFamily.APPEARANCE)
                ? CaptionFamily.APPEARANCE : CaptionFamily.TEMPORAL;
        int[] clips = distinct(new SplittableRandom(SeedStreams.derive(seed, "batch", step)), pairs + singles);
        List<ClipAssembler.Example> examples = new ArrayList<>(batchSize);
        for (int k = 0; k < pairs; k++) {
            examples.add(new ClipAssembler.Example(TRAIN, clips[k], false, CaptionFamily.TEMPORAL));
            examples.add(new ClipAssembler.Example(TRAIN, clips[k], true, CaptionFamily.TEMPORAL));
        }
        for (int k = pairs; k < clips.length; k++) {
            examples.add(new ClipAssembler.Example(TRAIN, clips[k], false, singleFamily));
        }
        ClipAssembler.Assembled a = assembler.assemble(examples);
        return new VideoTextBatch(a.videos(), a.tokens(), a.tokenMask(), a.captions());
    }

    /**
     * APPEARANCE: eval clips {@code 0 .. evalClips-1}. TEMPORAL: eval clips {@code 0 .. m-1} with
     * {@code m = evalClips/2}, followed by their time reversals in the same order ({@code reversalOf[i] = i + m}).
     * A family that was not configured is allowed when its captions fit {@code maxTokens}.
     */
    @Override
    public EvalSet evalSet(CaptionFamily family) {
        List<ClipAssembler.Example> examples = new ArrayList<>();
        int[] reversalOf;
        if (family == CaptionFamily.APPEARANCE) {
            for (int i = 0; i < evalClips; i++) {
                examples.add(new ClipAssembler.Example(EVAL, i, false, family));
            }
            reversalOf = new int[evalClips];
            Arrays.fill(reversalOf, -1);
        } else {
            int m = evalClips / 2;
            reversalOf = new int[2 * m];
            for (int r = 0; r < 2; r++) {
                for (int i = 0; i < m; i++) {
                    examples.add(new ClipAssembler.Example(EVAL, i, r == 1, family));
                    reversalOf[r * m + i] = (1 - r) * m + i;
                }
            }
        }
        ClipAssembler.Assembled a = assembler.assemble(examples);
        return new EvalSet(family, a.videos(), a.tokens(), a.tokenMask(), a.captions(), reversalOf);
    }

    /** {@code k} distinct clip indices in {@code [0, trainClips)}. */
    /**
     * {@code k} train clips, distinct while the split has enough; a batch larger than the split takes every clip
     * once per round (repeated clips carry identical captions, so they count as each other's positives).
     */
    private int[] distinct(SplittableRandom rng, int k) {
        if (k > trainClips) {
            int[] out = new int[k];
            for (int from = 0; from < k; from += trainClips) {
                int[] round = RandomSubsets.choose(rng, trainClips, Math.min(trainClips, k - from));
                System.arraycopy(round, 0, out, from, round.length);
            }
            return out;
        }
        if (2L * k > trainClips) {
            return RandomSubsets.choose(rng, trainClips, k);
        }
        int[] out = new int[k];
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < k; ) {
            int c = rng.nextInt(trainClips);
            if (seen.add(c)) {
                out[i++] = c;
            }
        }
        return out;
    }
}
