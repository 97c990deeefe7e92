package org.vfelab.spec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PluginSettingsTest {
    @TempDir
    Path dir;

    record Listed(List<Integer> sizes) {
    }

    record Clashing(int loraRank) {
    }

    @Test
    void componentsBecomeSnakeCaseKeysWithTheirDefaultsAndMeanings() {
        assertThat(FixtureSettings.LORA.keys()).containsExactly(
                new PluginSettings.Key("lora_rank", int.class, 2, "rank r of each low-rank update"),
                new PluginSettings.Key("lora_alpha", double.class, 4.0, "the update is scaled by alpha / r"));
    }

    @Test
    void aComponentNoDescriptorValueCanHoldIsRejectedWhenDeclared() {
        assertThatThrownBy(() -> new PluginSettings(PluginKind.BACKBONE, "listed", new Listed(List.of(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sizes: a setting must be");
    }

    @Test
    void twoPluginsCannotOwnOneKey() {
        PluginCatalog catalog = Specs.catalog().with(new PluginSettings(PluginKind.BACKBONE, "clash", new Clashing(3)));

        assertThatThrownBy(() -> new ExperimentLoader(catalog).load(Specs.write(dir, "")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("backbone 'clash' declares model.backbone.lora_rank, which the descriptor already has");
    }

    @Test
    void aValueItsRecordRejectsIsReportedAtTheKeysLine() {
        Path file = Specs.write(dir, "model:\n  backbone:\n    type: lora\n    lora_rank: 0\n");

        assertThat(Specs.errors(file)).contains("SRC:4:16: model.backbone.lora_rank: must be >= 1, got 0");
    }

    @Test
    void aWrongTypeIsReportedLikeACoreKeys() {
        assertThat(Specs.errors(Specs.write(dir, ""), "model.backbone.lora_alpha=high"))
                .contains("model.backbone.lora_alpha: expected a number, got 'high'");
    }

    @Test
    void aChosenPluginsOwnCheckAppliesOnlyWhenItIsChosen() {
        Path file = Specs.write(dir, "task:\n  type: captioning\n");

        assertThat(Specs.errors(file)).contains(
                "task.language_model: a captioning task needs the checkpoint of a language-model trial");
        assertThat(Specs.loader().load(Specs.write(dir, "task:\n  type: language-model\n")).task().type())
                .isEqualTo("language-model");
    }
}
