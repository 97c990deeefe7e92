package org.vfelab.reports.findings;

import org.vfelab.reports.results.TrialResult;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A finding of the paper with the verdict our runs give it and the evidence in words (the means, differences,
 * tests and thresholds behind the verdict), so a reader can disagree with the verdict without rerunning anything.
 *
 * @param id     F1 to F6, numbered as in docs/paper.md
 * @param claim  the finding, as the paper states it
 * @param tokens tokens per clip of the runs it was read on, {@value TrialResult#NOT_LOGGED} when the runs did not
 *               record it or the table holds a single scale
 */
public record Finding(String id, String claim, Verdict verdict, String evidence, int tokens) {

    public Finding {
        if (id.isBlank() || claim.isBlank() || evidence.isBlank()) {
            throw new IllegalArgumentException("a finding needs an id, a claim and evidence");
        }
    }

    /** A finding read on runs of a single scale. */
    public Finding(String id, String claim, Verdict verdict, String evidence) {
        this(id, claim, verdict, evidence, TrialResult.NOT_LOGGED);
    }

    /** This finding as read at {@code tokensPerClip}, its evidence prefixed with the scale. */
    Finding atTokens(int tokensPerClip) {
        return new Finding(id, claim, verdict, "at " + tokensPerClip + " tokens per clip, " + evidence, tokensPerClip);
    }

    /**
     * The finding made of {@code parts} (see {@link Verdict} for how their verdicts combine), its evidence the
     * scope (e.g. the preset the runs were read at) followed by each part's evidence.
     */
    static Finding of(String id, String claim, String scope, List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(id + ": a finding needs at least one part");
        }
        List<Verdict> verdicts = parts.stream().map(Part::verdict).toList();
        Verdict verdict = verdicts.contains(Verdict.NOT_SUPPORTED) ? Verdict.NOT_SUPPORTED
                : verdicts.contains(Verdict.NOT_ENOUGH_EVIDENCE) ? Verdict.NOT_ENOUGH_EVIDENCE : Verdict.SUPPORTED;
        return new Finding(id, claim, verdict,
                scope + ": " + parts.stream().map(Part::evidence).collect(Collectors.joining("; ")));
    }
}
