package org.vfelab.core.eval;

import java.util.Arrays;

/**
 * Recall@K and median rank of a retrieval task from a query x candidate score matrix and a relevance matrix.
 * A query's rank is 1 + the number of irrelevant candidates scoring at least as high as its best relevant one:
 * ties count against the model, so a constant scorer gets chance-level recall, not a perfect one.
 */
public final class RetrievalMetrics {

    /** Scores closer than this are a tie: a clip and its exact time reversal under an order-blind model. */
    static final float TIE = 1e-6f;

    private RetrievalMetrics() {
    }

    /**
     * The share of queries whose own candidate scores above its time-reversed twin ({@code reversalOf}, -1 for
     * none). A tie counts half, so a model blind to frame order scores exactly 0.5, whatever the float noise of
     * its pooling; NaN when no query has a twin.
     */
    public static double pairAccuracy(float[][] scores, int[] reversalOf) {
        int pairs = 0;
        double correct = 0;
        for (int q = 0; q < reversalOf.length; q++) {
            if (reversalOf[q] >= 0) {
                pairs++;
                float margin = scores[q][q] - scores[q][reversalOf[q]];
                correct += Math.abs(margin) <= TIE ? 0.5 : margin > 0 ? 1 : 0;
            }
        }
        return pairs == 0 ? Double.NaN : correct / pairs;
    }

    /** The 1-based rank of the best-ranked relevant candidate of every query. */
    public static int[] ranks(float[][] scores, boolean[][] relevant) {
        int[] ranks = new int[scores.length];
        for (int q = 0; q < scores.length; q++) {
            float best = Float.NEGATIVE_INFINITY;
            boolean any = false;
            for (int c = 0; c < scores[q].length; c++) {
                if (relevant[q][c]) {
                    best = Math.max(best, scores[q][c]);
                    any = true;
                }
            }
            if (!any) {
                throw new IllegalArgumentException("query " + q + " has no relevant candidate");
            }
            int rank = 1;
            for (int c = 0; c < scores[q].length; c++) {
                if (!relevant[q][c] && scores[q][c] >= best) {
                    rank++;
                }
            }
            ranks[q] = rank;
        }
        return ranks;
    }

    /** Share of queries whose rank is at most {@code k}. */
    public static double recallAt(int[] ranks, int k) {
        return (double) Arrays.stream(ranks).filter(rank -> rank <= k).count() / ranks.length;
    }

    /** The median rank (mean of the two middle ranks for an even count). */
    public static double medianRank(int[] ranks) {
        int[] sorted = ranks.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    /** Expected Recall@1 of a random ranking: the mean share of relevant candidates per query. */
    public static double chanceRecallAt1(boolean[][] relevant) {
        double sum = 0;
        for (boolean[] row : relevant) {
            int count = 0;
            for (boolean r : row) {
                count += r ? 1 : 0;
            }
            sum += (double) count / row.length;
        }
        return sum / relevant.length;
    }
}
