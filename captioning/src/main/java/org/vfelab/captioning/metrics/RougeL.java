package org.vfelab.captioning.metrics;

import java.util.List;

/**
 * ROUGE-L as pycocoevalcap computes it ({@code rouge/rouge.py}): for each candidate, the longest common
 * subsequence with each reference gives a precision (over the candidate's length) and a recall (over the
 * reference's); the best precision and the best recall, possibly from different references, are combined into an
 * F-measure weighted towards recall by beta = 1.2.
 */
final class RougeL {

    /** The recall weight; pycocoevalcap's value, chosen by its authors with Hovy. */
    static final double BETA = 1.2;

    private RougeL() {
    }

    static double[] perClip(CaptionCorpus corpus) {
        double[] scores = new double[corpus.size()];
        for (int clip = 0; clip < scores.length; clip++) {
            scores[clip] = sentence(corpus.candidates().get(clip), corpus.references().get(clip));
        }
        return scores;
    }

    /** The F-measure of one candidate; 0 when it is empty or shares no word with any reference. */
    static double sentence(List<String> candidate, List<List<String>> references) {
        if (candidate.isEmpty()) {
            return 0;
        }
        double precision = 0;
        double recall = 0;
        for (List<String> reference : references) {
            int common = lcs(candidate, reference);
            precision = Math.max(precision, (double) common / candidate.size());
            recall = Math.max(recall, (double) common / reference.size());
        }
        if (precision == 0 || recall == 0) {
            return 0;
        }
        double beta2 = BETA * BETA;
        return (1 + beta2) * precision * recall / (recall + beta2 * precision);
    }

    /** Length of the longest common subsequence of two token lists. */
    static int lcs(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String token : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = token.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
