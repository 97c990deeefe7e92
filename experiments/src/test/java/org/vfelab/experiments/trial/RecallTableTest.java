package org.vfelab.experiments.trial;

import org.vfelab.reports.TextTable;
import org.junit.jupiter.api.Test;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.eval.FamilyScores;

import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecallTableTest {

    @Test
    void oneRowPerEvalSetWithRecallMedianRanksPairAccuracyAndChance() {
        FamilyScores appearance = scores(CaptionFamily.APPEARANCE, "", 0.5, Double.NaN);
        FamilyScores shuffled = scores(CaptionFamily.TEMPORAL, "shuffled", 0.25, 0.5);

        assertThat(RecallTable.render(List.of(appearance, shuffled))).isEqualTo("""
                eval set                    T2V R@1  T2V R@5  T2V MdR  V2T R@1  V2T R@5  V2T MdR  pair acc  chance R@1
                ------------------------------------------------------------------------------------------------------
                appearance                    0.500    0.900      2.0    0.400    0.800      3.5         -       0.004
                temporal (shuffled frames)    0.250    0.900      2.0    0.400    0.800      3.5     0.500       0.004
                """);
    }

    @Test
    void saysSoWhenThereIsNothingToShow() {
        assertThat(RecallTable.render(List.of())).isEqualTo("(no evaluation)\n");
    }

    @Test
    void rowsMustMatchTheHeader() {
        assertThatThrownBy(() -> new TextTable(List.of("a", "b")).row(List.of("1")))
                .hasMessage("expected 2 cells, got 1");
    }

    private static FamilyScores scores(CaptionFamily family, String variant, double r1, double pairAccuracy) {
        TreeMap<Integer, Double> t2v = new TreeMap<>();
        t2v.put(1, r1);
        t2v.put(5, 0.9);
        TreeMap<Integer, Double> v2t = new TreeMap<>();
        v2t.put(1, 0.4);
        v2t.put(5, 0.8);
        return new FamilyScores(family, variant, t2v, v2t, 2.0, 3.5, pairAccuracy, 0.0039);
    }
}
