package org.vfelab.reports.findings;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A finding of the paper with the verdict our runs give it and the evidence in words (the means, differences,
 * tests and thresholds behind the verdict), so a reader can disagree with the verdict without rerunning anything.
 *
 * @param id    F1 to F6, as in shared/paper-notes.md
 * @param claim the finding, as the paper states it
 */
public record Finding(String id, String claim, Verdict verdict, String evidence) {

    public Finding {
        if (id.isBlank() || claim.isBlank() || evidence.isBlank()) {
            throw new IllegalArgumentException("a finding needs an id, a claim and evidence");
        }
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
                : verdicts.contains(Verdict.NOT_ENOUGH_RUNS) ? Verdict.NOT_ENOUGH_RUNS : Verdict.SUPPORTED;
        return new Finding(id, claim, verdict,
                scope + ": " + parts.stream().map(Part::evidence).collect(Collectors.joining("; ")));
    }
}
