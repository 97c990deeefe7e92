package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InspectCommandTest {

    @Test
    void printsTheCountsTokensAndMemoryOfTheSmokeModel() {
        CliRunner result = CliRunner.run("inspect", "smoke.yaml", "--set", "sampling.type=coarse-spatial");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("tubelet 2x16x16", "video tokens per clip (train / eval)            16 / 16",
                "trainable", "activations for backward");
    }

    @Test
    void anImpossiblePluginPairIsBadInputWithItsReason() {
        CliRunner result = CliRunner.run("inspect", "smoke.yaml", "--set", "sampling.type=tubevit",
                "--set", "model.backbone.type=frame-avg");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("sampling.type", "frame-avg").doesNotContain("\tat ");
    }
}
