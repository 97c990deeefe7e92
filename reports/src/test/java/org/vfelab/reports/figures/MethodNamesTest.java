package org.vfelab.reports.figures;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.ResultsTable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfelab.reports.figures.Fixtures.trial;

class MethodNamesTest {

    @Test
    void aTableWithOneSamplerNamesBackbones() {
        ResultsTable table = new ResultsTable(List.of(
                trial("finished", "joint", "tube-mask", 0.5, "tiny", 1, 1, 0.1),
                trial("finished", "factorized", "tube-mask", 0.5, "tiny", 1, 1, 0.1)));

        assertThat(MethodNames.of(table).name(table.rows().get(1))).isEqualTo("factorized");
    }

    @Test
    void aTableWithOneBackboneNamesSamplers() {
        ResultsTable table = new ResultsTable(List.of(
                trial("finished", "joint", "tube-mask", 0.5, "tiny", 1, 1, 0.1),
                trial("finished", "joint", "coarse-temporal", 0, "tiny", 1, 1, 0.1)));

        assertThat(MethodNames.of(table).name(table.rows().get(0))).isEqualTo("tube-mask");
    }

    @Test
    void aTableVaryingBothNamesBoth() {
        ResultsTable table = new ResultsTable(List.of(
                trial("finished", "joint", "tube-mask", 0.5, "tiny", 1, 1, 0.1),
                trial("finished", "factorized", "random-mask", 0, "tiny", 1, 1, 0.1)));

        assertThat(MethodNames.of(table).name(table.rows().get(0))).isEqualTo("joint, tube-mask");
        assertThat(MethodNames.of(table).naming()).isEqualTo(MethodNames.Naming.BACKBONE_AND_SAMPLER);
    }

    @Test
    void baseToLargeNamesTheSamplerUnlessRandomMaskAndSaysHowMuchIsMasked() {
        assertThat(MethodNames.baseToLarge(trial("finished", "joint", "random-mask", 0, "vit-b", 1, 1, 0.1)))
                .isEqualTo("joint");
        assertThat(MethodNames.baseToLarge(trial("finished", "joint", "random-mask", 0.75, "vit-b", 1, 1, 0.1)))
                .isEqualTo("joint masked 75%");
        assertThat(MethodNames.baseToLarge(trial("finished", "joint", "tubevit", 0, "vit-b", 1, 1, 0.1)))
                .isEqualTo("tubevit");
        assertThat(MethodNames.baseToLarge(trial("finished", "factorized", "tube-mask", 0.875, "vit-b", 1, 1, 0.1)))
                .isEqualTo("tube-mask masked 87.5%");
    }
}
