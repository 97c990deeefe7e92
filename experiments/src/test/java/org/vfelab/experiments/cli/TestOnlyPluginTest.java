package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Test;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.SpecException;
import org.vfelab.spec.SpecParams;
import org.vfelab.experiments.testplugin.PooledMlpModule;
import org.vfelab.experiments.testplugin.PooledMlpSettings;
import org.vfelab.experiments.trial.Composition;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backbone plugin written in this test source set ({@code testplugin}: the backbone, its settings record and its
 * module binding, nothing else) gets its two settings through every way in: the loader, {@code --set}, "did you
 * mean", run params, {@code vfe inspect} and the descriptor reference.
 */
class TestOnlyPluginTest {
    private static final Pattern VIDEO_PARAMETERS = Pattern.compile("video encoder\\s+([0-9,]+)");

    @Test
    void itsSettingsLoadWithDefaultsAndOverridesAndBecomeParams() {
        ExperimentSpec defaults = withPlugin(() -> load("model.backbone.type=pooled-mlp"));
        ExperimentSpec set = withPlugin(() -> load("model.backbone.type=pooled-mlp", "model.backbone.mlp_hidden=24",
                "model.backbone.pool_gain=0.5"));

        assertThat(defaults.model().backbone().settings(PooledMlpSettings.class)).isEqualTo(PooledMlpSettings.DEFAULTS);
        assertThat(set.model().backbone().settings(PooledMlpSettings.class)).isEqualTo(new PooledMlpSettings(24, 0.5));
        assertThat(SpecParams.flatten(set)).containsEntry("model.backbone.mlp_hidden", "24")
                .containsEntry("model.backbone.pool_gain", "0.5").containsEntry("model.backbone.lora_rank", "2");
    }

    @Test
    void aMisspeltOrOutOfRangeSettingIsALoadErrorAtItsKey() {
        assertThatThrownBy(() -> withPlugin(() -> load("model.backbone.mlp_hiden=24")))
                .isInstanceOf(SpecException.class).hasMessageContaining("did you mean 'mlp_hidden'?");
        assertThatThrownBy(() -> withPlugin(() -> load("model.backbone.pool_gain=0")))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("model.backbone.pool_gain: must be a finite number > 0, got 0.0");
    }

    @Test
    void withoutThePluginItsKeysDoNotExist() {
        assertThatThrownBy(() -> load("model.backbone.mlp_hidden=24"))
                .isInstanceOf(SpecException.class).hasMessageContaining("unknown key 'mlp_hidden'");
    }

    @Test
    void inspectBuildsTheModelWithTheSettingApplied() {
        CliRunner narrow = withPlugin(() -> CliRunner.run("inspect", "smoke.yaml", "--set",
                "model.backbone.type=pooled-mlp", "--set", "model.backbone.mlp_hidden=8"));
        CliRunner wide = withPlugin(() -> CliRunner.run("inspect", "smoke.yaml", "--set",
                "model.backbone.type=pooled-mlp", "--set", "model.backbone.mlp_hidden=24"));

        assertThat(narrow.exitCode()).as(narrow.err()).isEqualTo(ExitCodes.OK);
        assertThat(narrow.out()).contains("backbone pooled-mlp");
        long width = 64;
        assertThat(videoParameters(wide) - videoParameters(narrow)).as("two width x hidden matrices grow by 16 rows")
                .isEqualTo(2 * width * (24 - 8));
    }

    @Test
    void theReferenceListsItsKeysWithTheirMeaning() {
        CliRunner reference = withPlugin(() -> CliRunner.run("inspect", "--reference"));

        assertThat(reference.out())
                .contains("| `model.backbone.mlp_hidden` | `32` | pooled-mlp: hidden width of the per-token MLP |")
                .contains("| `model.backbone.pool_gain` | `1.0` | pooled-mlp: factor on the pooled clip feature |");
    }

    private static <T> T withPlugin(Supplier<T> body) {
        return Composition.with(List.of(new PooledMlpModule()), body);
    }

    private static ExperimentSpec load(String... overrides) {
        return Composition.current().load(Path.of("smoke.yaml"), List.of(overrides), null);
    }

    private static long videoParameters(CliRunner inspect) {
        Matcher count = VIDEO_PARAMETERS.matcher(inspect.out());
        assertThat(count.find()).as(inspect.out()).isTrue();
        return Long.parseLong(count.group(1).replace(",", ""));
    }
}
