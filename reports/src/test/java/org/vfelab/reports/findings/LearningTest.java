package org.vfelab.reports.findings;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.ResultsTable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LearningTest {

    /**
     * A 20-step smoke sweep: 64 evaluation clips, so chance is 1/64 = 0.0156 and the bar 10/64 = 0.156. Joint ranks at
     * 0.03 unmasked and 0.02 masked, frame-avg at 0.025 with 0.05 on temporal captions: read naively, F1 would say
     * "kept" but the memory part fails, and F2 "joint loses on temporal captions" (0.01 vs 0.05).
     */
    private static ResultsTable atChance() {
        return Trial.table(
                Trial.of("joint").clips(64, 64).seed(7).t2v(0.030).temporal(0.010).appearance(0.050).gigabytes(1.0),
                Trial.of("joint").clips(64, 64).seed(8).t2v(0.031).temporal(0.012).appearance(0.050).gigabytes(1.0),
                Trial.of("joint").clips(64, 64).mask(0.75).seed(7).t2v(0.020).gigabytes(0.9),
                Trial.of("joint").clips(64, 64).mask(0.75).seed(8).t2v(0.021).gigabytes(0.9),
                Trial.of("frame-avg").clips(64, 64).seed(7).t2v(0.025).temporal(0.050).appearance(0.000),
                Trial.of("frame-avg").clips(64, 64).seed(8).t2v(0.026).temporal(0.052).appearance(0.000),
                Trial.of("frame-avg").clips(64, 64).mask(0.75).seed(7).t2v(0.025),
                Trial.of("mlp-adapter").clips(64, 64).seed(7).t2v(0.016).gigabytes(1.1),
                Trial.of("joint").clips(64, 64).sampler("coarse-temporal").seed(7).t2v(0.02).gigabytes(0.5));
    }

    @Test
    void findingsReadOnRunsAtChanceHaveNotEnoughEvidenceNotNoSupport() {
        List<Finding> findings = Findings.check(atChance());

        assertThat(findings).extracting(Finding::id, Finding::verdict).contains(
                tuple("F1", Verdict.NOT_ENOUGH_EVIDENCE),
                tuple("F2", Verdict.NOT_ENOUGH_EVIDENCE),
                tuple("F3", Verdict.NOT_ENOUGH_EVIDENCE),
                tuple("F5", Verdict.NOT_ENOUGH_EVIDENCE));
        assertThat(findings.get(0).evidence()).isEqualTo("preset tiny: joint (mask 0, tiny) t2v_recall_at_1 "
                + "0.031 ± 0.006 is below 0.156 (10x chance 0.016, 1/64 with 64 evaluation clips): these runs did "
                + "not learn, so they can neither support nor contradict the finding");
    }

    @Test
    void aBaselineWellAboveChanceIsJudged() {
        ResultsTable learned = Trial.table(
                Trial.of("joint").clips(512, 256).seed(7).t2v(0.70).gigabytes(2.4),
                Trial.of("joint").clips(512, 256).mask(0.75).seed(7).t2v(0.55).gigabytes(0.4),
                Trial.of("frame-avg").clips(512, 256).seed(7).t2v(0.50),
                Trial.of("frame-avg").clips(512, 256).mask(0.75).seed(7).t2v(0.30));

        Finding f1 = Findings.check(learned).get(0);

        assertThat(f1.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(f1.evidence()).contains("joint R@1 0.700 at mask 0 vs 0.550 at mask 0.75: drop 0.150");
    }

    @Test
    void theBarIsTenTimesChanceAtTheRecordedEvaluationSet() {
        // 0.035 is above 10/512 = 0.0195 but below 10/256 = 0.039.
        ResultsTable large = Trial.table(Trial.of("joint").clips(64, 512).t2v(0.035));
        ResultsTable small = Trial.table(Trial.of("joint").clips(64, 256).t2v(0.035));
        List<Setting> joint = List.of(Setting.unmasked("joint", "tiny"));

        assertThat(Learning.unlearned(large, joint, Thresholds.T2V_R1)).isEmpty();
        assertThat(Learning.unlearned(small, joint, Thresholds.T2V_R1)).get()
                .extracting(Part::verdict).isEqualTo(Verdict.NOT_ENOUGH_EVIDENCE);
    }

    @Test
    void theChanceLevelTheRunsMeasuredBeatsOneOverTheClips() {
        // 256 clips would put the bar at 0.039; duplicate captions raise chance to 0.009 (mean of 0.008 and 0.010).
        ResultsTable table = Trial.table(Trial.of("joint").clips(64, 256).t2v(0.07)
                .metric("appearance/chance_t2v_recall_at_1", 0.008).metric("temporal/chance_t2v_recall_at_1", 0.010));

        assertThat(Learning.unlearned(table, List.of(Setting.unmasked("joint", "tiny")), Thresholds.T2V_R1)).get()
                .extracting(Part::evidence).asString()
                .contains("is below 0.090 (10x chance 0.009, the chance level its evaluation sets measured)");
    }

    @Test
    void runsThatDidNotRecordTheirEvaluationSetAreHeldToTheDefault256Clips() {
        assertThat(Learning.unlearned(Trial.table(Trial.of("joint").t2v(0.038)),
                List.of(Setting.unmasked("joint", "tiny")), Thresholds.T2V_R1)).get()
                .extracting(Part::evidence).asString().contains("256 evaluation clips");
    }
}
