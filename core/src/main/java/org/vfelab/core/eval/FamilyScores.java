package org.vfelab.core.eval;

import org.vfelab.spec.CaptionFamily;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import org.vfelab.tracking.RunMetrics;

/**
 * Retrieval results on one caption family's eval set.
 *
 * @param textToVideoRecall   Recall@K by K, captions as queries
 * @param videoToTextRecall   Recall@K by K, clips as queries
 * @param pairAccuracy        share of captions that score their clip above its time-reversed twin; NaN when the
 *                            set has no reversal pairs
 * @param chanceRecallAt1     text-to-video Recall@1 of a random ranking on this set
 */
public record FamilyScores(CaptionFamily family, String variant, SortedMap<Integer, Double> textToVideoRecall,
                           SortedMap<Integer, Double> videoToTextRecall, double textToVideoMedianRank,
                           double videoToTextMedianRank, double pairAccuracy, double chanceRecallAt1) {

    public FamilyScores {
        textToVideoRecall = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(textToVideoRecall));
        videoToTextRecall = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(videoToTextRecall));
    }

    /** The metric prefix: the family key, plus the variant (e.g. {@code temporal_shuffled}) when there is one. */
    public String prefix() {
        return variant.isEmpty() ? family.key() : family.key() + "_" + variant;
    }

    /** These scores under the run's metric keys (the README lists them), without the family prefix. */
    public Map<String, Double> metrics() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        textToVideoRecall.forEach((k, v) -> metrics.put("t2v_recall_at_" + k, v));
        videoToTextRecall.forEach((k, v) -> metrics.put("v2t_recall_at_" + k, v));
        metrics.put("t2v_median_rank", textToVideoMedianRank);
        metrics.put("v2t_median_rank", videoToTextMedianRank);
        if (!Double.isNaN(pairAccuracy)) {
            metrics.put("temporal_pair_accuracy", pairAccuracy);
        }
        metrics.put(RunMetrics.CHANCE_T2V_R1, chanceRecallAt1);
        return metrics;
    }
}
