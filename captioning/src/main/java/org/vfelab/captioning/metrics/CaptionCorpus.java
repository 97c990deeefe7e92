package org.vfelab.captioning.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An evaluated caption set, tokenised and checked once for every metric: one candidate per clip and at least one
 * reference per clip. Tokens are whitespace-separated lowercase words, the form pycocoevalcap scores after its
 * tokenizer, so a blank candidate has no tokens; a blank reference is refused, because it would make recall 0/0.
 *
 * @param candidates the candidate of each clip, as tokens
 * @param references the references of each clip, each as tokens
 */
record CaptionCorpus(List<List<String>> candidates, List<List<List<String>>> references) {

    CaptionCorpus {
        candidates = List.copyOf(candidates);
        references = List.copyOf(references);
    }

    /**
     * @throws IllegalArgumentException when the lists differ in size or are empty, or a clip has no reference or
     *                                  a blank one
     */
    static CaptionCorpus of(List<String> candidates, List<List<String>> references) {
        if (candidates.size() != references.size()) {
            throw new IllegalArgumentException(candidates.size() + " candidates but " + references.size()
                    + " reference lists: one candidate and one list of references per clip");
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no captions to score");
        }
        List<List<List<String>>> referenceTokens = new ArrayList<>();
        for (int clip = 0; clip < references.size(); clip++) {
            List<String> clipReferences = references.get(clip);
            if (clipReferences.isEmpty()) {
                throw new IllegalArgumentException("clip " + clip + " has no references");
            }
            List<List<String>> tokens = new ArrayList<>();
            for (int r = 0; r < clipReferences.size(); r++) {
                tokens.add(tokens(clipReferences.get(r)));
                if (tokens.get(r).isEmpty()) {
                    throw new IllegalArgumentException("clip " + clip + ": reference " + r + " is blank");
                }
            }
            referenceTokens.add(tokens);
        }
        return new CaptionCorpus(candidates.stream().map(CaptionCorpus::tokens).toList(), referenceTokens);
    }

    /** Lowercase words split at runs of whitespace; none for a blank caption. */
    static List<String> tokens(String caption) {
        String trimmed = caption.strip().toLowerCase(Locale.ROOT);
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    int size() {
        return candidates.size();
    }
}
