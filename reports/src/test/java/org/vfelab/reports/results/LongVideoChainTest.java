package org.vfelab.reports.results;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.LongVideoChain.Stage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The model of a chain trial comes from its arm label, its stage from its params. */
class LongVideoChainTest {

    @Test
    void theModelIsTheArmLabelBeforeItsStageSuffix() {
        assertThat(model("IMAGE-ViT pre-training")).contains("IMAGE-ViT");
        assertThat(model("SHORT-ViViT")).contains("SHORT-ViViT");
        assertThat(model("SHORT-ViViT on long clips")).contains("SHORT-ViViT");
        assertThat(model("LONG-ViViT video-to-text")).contains("LONG-ViViT");
        assertThat(model("language model")).isEmpty();
        assertThat(model("joint mask 0.75")).isEmpty();
    }

    @Test
    void theStageComesFromTaskEventsAndSteps() {
        assertThat(stages(LongVideoRuns.trial("IMAGE-ViT pre-training", 7, "contrastive", 2, 200, Map.of())))
                .containsExactly(Stage.CONTRASTIVE);
        assertThat(stages(LongVideoRuns.trial("LONG-ViViT", 7, "contrastive", 4, 200, Map.of())))
                .containsExactly(Stage.CONTRASTIVE, Stage.LONG_CLIPS);
        assertThat(stages(LongVideoRuns.trial("SHORT-ViViT on long clips", 7, "contrastive", 4, 0, Map.of())))
                .containsExactly(Stage.LONG_CLIPS);
        assertThat(stages(LongVideoRuns.trial("IMAGE-ViT video-to-text", 7, "captioning", 4, 100, Map.of())))
                .containsExactly(Stage.VIDEO_TO_TEXT);
        assertThat(stages(LongVideoRuns.trial("language model", 7, "language-model", 2, 300, Map.of()))).isEmpty();
        // A row from before data.events was read is never on long clips, whatever its label says.
        assertThat(stages(new TrialResult("r", "s", "LONG-ViViT", "LONG-ViViT", 7, "finished", "joint",
                "random-mask", 0.75, "tiny", "k", Map.of()))).containsExactly(Stage.CONTRASTIVE);
    }

    @Test
    void chainTrialsAndOtherTasksAreNotAblationTrials() {
        ResultsTable chain = LongVideoRuns.chain(new double[][] {{0.2}, {0.3}, {0.5}},
                new double[][] {{0.3}, {0.4}, {0.5}});

        assertThat(chain.rows()).noneMatch(TrialResult::ablation);
        assertThat(LongVideoChain.present(chain)).isTrue();
        assertThat(new TrialResult("r", "fig2", "joint", "joint", 7, "finished", "joint", "random-mask", 0, "tiny",
                "k", Map.of()).ablation()).isTrue();
        assertThat(LongVideoChain.present(new ResultsTable(List.of()))).isFalse();
        assertThat(LongVideoChain.trials(chain, "LONG-ViViT", Stage.LONG_CLIPS)).extracting(TrialResult::arm)
                .containsExactly("LONG-ViViT");
    }

    private static Optional<String> model(String arm) {
        return LongVideoChain.model(LongVideoRuns.trial(arm, 7, "contrastive", 2, 200, Map.of()));
    }

    private static List<Stage> stages(TrialResult trial) {
        return Arrays.stream(Stage.values()).filter(stage -> LongVideoChain.at(trial, stage)).toList();
    }
}
