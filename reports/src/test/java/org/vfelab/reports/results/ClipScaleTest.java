package org.vfelab.reports.results;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClipScaleTest {

    @Test
    void tokensAreTheTubeletsThatFitTheClip() {
        ClipScale scale = ClipScale.fromParams(Map.of("data.frames", "16", "data.size", "64",
                "model.tubelet", "[2, 8, 8]", "data.eval_clips", "256"));

        assertThat(scale).isEqualTo(new ClipScale(8 * 8 * 8, 256));
    }

    @Test
    void unevenTubeletsCountOnlyTheWholeOnes() {
        ClipScale scale = ClipScale.fromParams(Map.of("data.frames", "8", "data.size", "32",
                "model.tubelet", "[4,16,8]"));

        assertThat(scale.tokens()).isEqualTo(2 * 2 * 4);
        assertThat(scale.evalClips()).isEqualTo(TrialResult.NOT_LOGGED);
    }

    @Test
    void anImagePreTrainingStageTrainsOnStillsAndIsNoAblation() {
        Map<String, String> params = Map.of("data.type", "moving-shapes-images", "data.frames", "8",
                "data.size", "64", "model.tubelet", "[1, 8, 8]");
        TrialResult image = new TrialResult("r", "fig2", "image", "image", 7, "finished", "joint", "random-mask", 0,
                "tiny", "k", Map.of()).withClips(ClipScale.fromParams(params));

        assertThat(image.clips().stills()).isTrue();
        assertThat(image.ablation()).isFalse();
        assertThat(ClipScale.fromParams(Map.of("data.type", "moving-shapes")).stills()).isFalse();
    }

    @Test
    void aMissingOrMalformedParamLeavesTheTokensUnknown() {
        assertThat(ClipScale.fromParams(Map.of("data.frames", "8", "data.size", "32")).tokens())
                .isEqualTo(TrialResult.NOT_LOGGED);
        assertThat(ClipScale.fromParams(Map.of("data.frames", "8", "data.size", "32", "model.tubelet", "[2, 8]"))
                .tokens()).isEqualTo(TrialResult.NOT_LOGGED);
        assertThat(ClipScale.fromParams(Map.of("data.frames", "x", "data.size", "32", "model.tubelet", "[2, 8, 8]"))
                .tokens()).isEqualTo(TrialResult.NOT_LOGGED);
        assertThat(ClipScale.fromParams(Map.of("data.frames", "8", "data.size", "32", "model.tubelet", "[0, 8, 8]"))
                .tokens()).isEqualTo(TrialResult.NOT_LOGGED);
    }
}
