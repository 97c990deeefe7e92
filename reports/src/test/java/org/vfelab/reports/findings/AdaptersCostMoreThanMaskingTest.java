package org.vfelab.reports.findings;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.ResultsTable;

import static org.assertj.core.api.Assertions.assertThat;

class AdaptersCostMoreThanMaskingTest {

    private final AdaptersCostMoreThanMasking check = new AdaptersCostMoreThanMasking();

    @Test
    void adaptersCostMoreMemoryAndRecallThanMaskingAndMlpBeatsLora() {
        // masked joint 0.550 at 0.80 GB; mlp-adapter 0.400 at 1.50 GB (loses 0.150), lora 0.350 at 1.40 GB (0.200)
        Finding finding = check.check(table(Trial.of("lora").t2v(0.35).gigabytes(1.4)));

        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence()).startsWith("preset tiny, adapters unmasked, joint at mask 0.75: ")
                .contains("mlp-adapter memory 1.50 GB vs masked joint 0.80 GB (needs more)")
                .contains("mlp-adapter R@1 0.400 vs masked joint 0.550: loses 0.150")
                .contains("lora memory 1.40 GB")
                .contains("lora R@1 0.350 vs masked joint 0.550: loses 0.200")
                .contains("mlp-adapter R@1 0.400 vs lora 0.350 (needs mlp-adapter >= lora)");
    }

    @Test
    void loraBeatingMlpAdaptersRefutesIt() {
        Finding finding = check.check(table(Trial.of("lora").t2v(0.45).gigabytes(1.4)));

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(finding.evidence()).contains("lora R@1 0.450 vs masked joint 0.550: loses 0.100")
                .contains("mlp-adapter R@1 0.400 vs lora 0.450 (needs mlp-adapter >= lora)");
    }

    @Test
    void anAdapterThatRanOutOfMemoryCountsForMemoryButLeavesRecallOpen() {
        Finding finding = check.check(table(Trial.of("lora").oom().gigabytes(3.0)));

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_ENOUGH_EVIDENCE);
        assertThat(finding.evidence()).contains("lora memory 3.00 GB vs masked joint 0.80 GB (needs more)")
                .contains("needs lora at mask 0 with t2v_recall_at_1")
                .doesNotContain("vs lora");
    }

    @Test
    void withoutHighlyMaskedJointNothingIsCompared() {
        Finding finding = check.check(Trial.table(Trial.of("joint").t2v(0.78), Trial.of("lora").t2v(0.3)));

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_ENOUGH_EVIDENCE);
        assertThat(finding.evidence()).isEqualTo("preset tiny: needs joint (random-mask) at a mask ratio >= 0.5 "
                + "with t2v_recall_at_1");
    }

    private static ResultsTable table(Trial lora) {
        return Trial.table(
                Trial.of("joint").t2v(0.78).gigabytes(2.0),
                Trial.of("joint").mask(0.5).t2v(0.60).gigabytes(1.2),
                Trial.of("joint").mask(0.75).t2v(0.55).gigabytes(0.8),
                Trial.of("mlp-adapter").t2v(0.40).gigabytes(1.5),
                lora);
    }
}
