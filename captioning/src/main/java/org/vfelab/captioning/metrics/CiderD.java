package org.vfelab.captioning.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CIDEr-D as pycocoevalcap computes it ({@code cider/cider_scorer.py}, reported by the COCO caption evaluation as
 * "CIDEr"). Each caption becomes one TF-IDF vector per n-gram order 1..4, where an n-gram's document frequency is
 * the number of clips whose references contain it, over the whole evaluated set, and its weight is
 * {@code count * (log(clips) - log(max(1, df)))}. A candidate is compared with each reference of its clip by the
 * cosine of their vectors, with the candidate's weights clipped at the reference's (the "-D" that stops repeating
 * a word from paying), times a Gaussian penalty {@code exp(-(len_c - len_r)^2 / (2 sigma^2))}, sigma = 6, on the
 * length difference to that reference. The clip's score is 10 x the mean over orders, averaged over references.
 *
 * <p>Because the IDF comes from the set itself, a clip's score depends on the other clips: scores of different
 * evaluation sets are not comparable, and a one-clip set scores 0 (every weight is log 1 - log 1).
 */
final class CiderD {

    /** Width of the length penalty, in words. */
    static final double SIGMA = 6.0;

    private CiderD() {
    }

    static double[] perClip(CaptionCorpus corpus) {
        List<List<NGramCounts>> references = corpus.references().stream()
                .map(clip -> clip.stream().map(NGramCounts::of).toList()).toList();
        Map<String, Integer> documentFrequency = documentFrequency(references);
        double logClips = Math.log(corpus.size());
        double[] scores = new double[corpus.size()];
        for (int clip = 0; clip < scores.length; clip++) {
            Weights candidate = Weights.of(NGramCounts.of(corpus.candidates().get(clip)), documentFrequency, logClips);
            double sum = 0;
            for (NGramCounts reference : references.get(clip)) {
                sum += similarity(candidate, Weights.of(reference, documentFrequency, logClips));
            }
            scores[clip] = 10.0 * sum / references.get(clip).size();
        }
        return scores;
    }

    /** For each n-gram, the number of clips among whose references it occurs at least once. */
    static Map<String, Integer> documentFrequency(List<List<NGramCounts>> references) {
        Map<String, Integer> frequency = new HashMap<>();
        for (List<NGramCounts> clip : references) {
            Set<String> grams = new HashSet<>();
            clip.forEach(reference -> grams.addAll(reference.grams()));
            grams.forEach(gram -> frequency.merge(gram, 1, Integer::sum));
        }
        return frequency;
    }

    /** The length-penalised, clipped cosine of a candidate and one reference, averaged over the n-gram orders. */
    private static double similarity(Weights candidate, Weights reference) {
        double delta = candidate.length() - reference.length();
        double penalty = Math.exp(-(delta * delta) / (2 * SIGMA * SIGMA));
        double sum = 0;
        for (int n = 0; n < NGramCounts.MAX_ORDER; n++) {
            Map<String, Double> referenceOrder = reference.byOrder().get(n);
            double dot = 0;
            for (var gram : candidate.byOrder().get(n).entrySet()) {
                double r = referenceOrder.getOrDefault(gram.getKey(), 0.0);
                dot += Math.min(gram.getValue(), r) * r;
            }
            if (candidate.norms()[n] != 0 && reference.norms()[n] != 0) {
                dot /= candidate.norms()[n] * reference.norms()[n];
            }
            sum += dot * penalty;
        }
        return sum / NGramCounts.MAX_ORDER;
    }

    /**
     * One caption's TF-IDF weights by order, their Euclidean norm per order and its penalty length.
     */
    private record Weights(List<Map<String, Double>> byOrder, double[] norms, int length) {

        static Weights of(NGramCounts counts, Map<String, Integer> documentFrequency, double logClips) {
            List<Map<String, Double>> byOrder = new ArrayList<>();
            double[] norms = new double[NGramCounts.MAX_ORDER];
            for (int n = 0; n < NGramCounts.MAX_ORDER; n++) {
                Map<String, Double> weights = new HashMap<>();
                for (var gram : counts.byOrder().get(n).entrySet()) {
                    double idf = logClips - Math.log(Math.max(1, documentFrequency.getOrDefault(gram.getKey(), 0)));
                    double weight = gram.getValue() * idf;
                    weights.put(gram.getKey(), weight);
                    norms[n] += weight * weight;
                }
                norms[n] = Math.sqrt(norms[n]);
                byOrder.add(weights);
            }
            return new Weights(byOrder, norms, counts.length());
        }
    }
}
