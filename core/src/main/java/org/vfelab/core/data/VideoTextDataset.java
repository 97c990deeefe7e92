package org.vfelab.core.data;

import org.vfelab.spec.CaptionFamily;

import java.util.Map;

/**
 * A source of video-text training batches and fixed evaluation sets. The trainer asks for the batch of a step
 * rather than iterating, so a batch is a pure function of (seed, step): a resumed or repeated trial sees exactly
 * the same data, and two arms of an ablation see the same data at the same step.
 *
 * <p>Arrays returned by either method belong to the caller.
 */
public interface VideoTextDataset {
    /** The shape of every clip this dataset produces. */
    ClipShape clipShape();

    /** The vocabulary the token ids refer to. */
    Vocabulary vocabulary();

    /** The batch of training step {@code step}; deterministic in the dataset's seed and {@code step}. */
    VideoTextBatch trainBatch(int batchSize, long step);

    /** The fixed evaluation set of one caption family, disjoint from the training clips. */
    EvalSet evalSet(CaptionFamily family);

    /**
     * Facts about loading the data that a trial logs once as metrics, e.g. {@code skipped_videos} of a dataset read
     * from files; none for a generated dataset.
     */
    default Map<String, Double> metrics() {
        return Map.of();
    }

    /**
     * Files the data was built with that a trial keeps with its run, by artifact path, e.g. the vocabulary a
     * tokenizer learned from the training captions; none for a generated dataset.
     */
    default Map<String, byte[]> artifacts() {
        return Map.of();
    }
}
