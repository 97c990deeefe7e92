package org.vfelab.reports.findings;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindingTest {

    private static final Part HOLDS = Part.judged(true, "a holds");
    private static final Part FAILS = Part.judged(false, "b fails");
    private static final Part MISSING = Part.missing("c runs");

    @Test
    void everyPartHoldingSupportsTheFinding() {
        Finding finding = Finding.of("F0", "claim", "preset tiny", List.of(HOLDS, HOLDS));

        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence()).isEqualTo("preset tiny: a holds; a holds");
    }

    @Test
    void aFailingPartRefutesTheFindingEvenWithRunsMissing() {
        assertThat(Finding.of("F0", "claim", "s", List.of(MISSING, FAILS, HOLDS)).verdict())
                .isEqualTo(Verdict.NOT_SUPPORTED);
    }

    @Test
    void aMissingPartWithoutFailuresLeavesItOpen() {
        Finding finding = Finding.of("F0", "claim", "s", List.of(HOLDS, MISSING));

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_ENOUGH_EVIDENCE);
        assertThat(finding.evidence()).isEqualTo("s: a holds; needs c runs");
    }

    @Test
    void aFindingNeedsPartsAndEvidence() {
        assertThatThrownBy(() -> Finding.of("F0", "claim", "s", List.of())).hasMessageContaining("at least one part");
        assertThatThrownBy(() -> new Finding("F0", "claim", Verdict.SUPPORTED, " "))
                .hasMessageContaining("needs an id, a claim and evidence");
    }
}
