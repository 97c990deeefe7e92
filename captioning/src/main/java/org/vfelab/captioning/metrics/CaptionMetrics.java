package org.vfelab.captioning.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * Captioning metrics of a generated caption per clip against the clip's reference captions, computed exactly as
 * the COCO caption evaluation (pycocoevalcap) computes them, so that numbers can be set beside published ones:
 * ROUGE-L ({@link RougeL}) and CIDEr-D ({@link CiderD}, reported there as "CIDEr"). Captions are compared as
 * whitespace-separated lowercase words; pycocoevalcap's PTB tokenizer also splits off punctuation, so callers that
 * need that must tokenise first. Corpus scores are the mean of the per-clip scores.
 *
 * <p>Every method takes one candidate per clip and the clip's references, in the same order, and throws
 * {@link IllegalArgumentException} when the two lists differ in size or are empty, or a clip has no reference or a
 * blank one.
 */
public final class CaptionMetrics {

    private CaptionMetrics() {
    }

    /** Mean ROUGE-L (F-measure, beta 1.2) over the clips, in [0, 1]. */
    public static double rougeL(List<String> candidates, List<List<String>> references) {
        return mean(rougeLPerClip(candidates, references));
    }

    /** ROUGE-L of each clip's candidate, in clip order. */
    public static double[] rougeLPerClip(List<String> candidates, List<List<String>> references) {
        return RougeL.perClip(CaptionCorpus.of(candidates, references));
    }

    /** Mean CIDEr-D over the clips, on pycocoevalcap's scale (10 for a perfect match of captions of 4+ words). */
    public static double cider(List<String> candidates, List<List<String>> references) {
        return mean(ciderPerClip(candidates, references));
    }

    /** CIDEr-D of each clip's candidate, in clip order, with document frequencies over all the given clips. */
    public static double[] ciderPerClip(List<String> candidates, List<List<String>> references) {
        return CiderD.perClip(CaptionCorpus.of(candidates, references));
    }

    private static double mean(double[] scores) {
        return Arrays.stream(scores).average().orElseThrow();
    }
}
