package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Test;
import org.vfelab.experiments.sweep.SweepFiles;
import org.vfelab.experiments.sweep.SweepPlan;
import org.vfelab.reports.findings.Findings;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsSweepsTest {

    @Test
    void everyFindingHasExactlyOneShippedSweepThatPlans() {
        assertThat(FindingsSweeps.ALL).extracting(FindingsSweeps::findingId)
                .containsExactlyInAnyOrderElementsOf(Findings.ids());
        assertThat(FindingsSweeps.ALL).allSatisfy(entry -> assertThat(SweepPlan.expand(SweepFiles.load(
                Path.of("sweeps", entry.file())))).as(entry.file()).isNotEmpty());
    }

    @Test
    void fig3RunsOneTrialAtATimeWhateverIsAskedAndTheOthersAsAsked() {
        FindingsSweeps fig3 = FindingsSweeps.ALL.stream().filter(entry -> entry.findingId().equals("F4"))
                .findFirst().orElseThrow();
        FindingsSweeps ladder = FindingsSweeps.ALL.get(0);

        assertThat(fig3.parallel(2)).isEqualTo(1);
        assertThat(ladder.parallel(2)).isEqualTo(2);
        assertThat(ladder.file()).isEqualTo("scale-ladder.yaml");
    }
}
