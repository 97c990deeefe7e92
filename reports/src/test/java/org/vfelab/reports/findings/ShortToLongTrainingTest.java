package org.vfelab.reports.findings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** F6 cannot be SUPPORTED or NOT_SUPPORTED yet: no sweep trains long videos and no long-video metric is read. */
class ShortToLongTrainingTest {

    private final ShortToLongTraining check = new ShortToLongTraining();

    @Test
    void withoutLongVideoRunsItSaysWhichRunsItNeeds() {
        Finding finding = check.check(Trial.table(Trial.of("joint").label("joint mask 0.75").t2v(0.7)));

        assertThat(finding.id()).isEqualTo("F6");
        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_ENOUGH_RUNS);
        assertThat(finding.evidence()).isEqualTo("no long-video runs: needs " + ShortToLongTraining.NEEDED);
    }

    @Test
    void longVideoRunsAreNamedNotIgnored() {
        Finding finding = check.check(Trial.table(Trial.of("joint").label("LONG-ViViT").t2v(0.7),
                Trial.of("joint").label("along the diagonal").t2v(0.7)));

        assertThat(finding.verdict()).isEqualTo(Verdict.NOT_ENOUGH_RUNS);
        assertThat(finding.evidence()).startsWith("runs labelled long-video (LONG-ViViT), but no long-video metric");
    }
}
