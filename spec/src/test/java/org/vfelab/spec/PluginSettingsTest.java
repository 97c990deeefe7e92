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

    enum Pace { SLOW_MOTION, REAL_TIME }

    record Playback(@Setting("how fast") Pace pace, int frames) implements ChosenPluginCheck {
        @Override
        public void checkChosen(ExperimentSpec spec) {
            Check.require(frames <= spec.data().frames(), "data.frames", "must be >= playback frames " + frames);
        }
    }

    private static final PluginSettings PLAYBACK = new PluginSettings(PluginKind.DATASET, "playback", "playback",
            new Playback(Pace.REAL_TIME, 4));

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
    void aSubsectionOfItsOwnTakesEnumsByTheirSpellingAndChecksAcrossSectionsWhenChosen() {
        ExperimentLoader loader = new ExperimentLoader(Specs.catalog().with(PluginKind.DATASET, "moving-shapes", "playback")
                .with(PLAYBACK));

        ExperimentSpec spec = loader.load(Specs.write(dir, "data:\n  type: playback\n  playback: {pace: slow-motion}\n"));
        assertThat(spec.data().settings(Playback.class)).isEqualTo(new Playback(Pace.SLOW_MOTION, 4));
        assertThat(SpecParams.flatten(spec)).containsEntry("data.playback.pace", "slow-motion")
                .containsEntry("data.playback.frames", "4");
        assertThat(SpecYaml.toYaml(spec)).contains("  playback:\n    pace: slow-motion\n    frames: 4\n");

        assertThatThrownBy(() -> loader.load(Specs.write(dir, "data: {type: playback, playback: {pace: fast}}\n")))
                .hasMessageContaining("data.playback.pace: unknown pace 'fast' (known: slow-motion, real-time)");
        assertThatThrownBy(() -> loader.load(Specs.write(dir, "data: {type: playback, frames: 2}\n")))
                .hasMessageContaining("data.frames: must be >= playback frames 4");
        assertThat(loader.load(Specs.write(dir, "data: {frames: 2}\n")).data().frames()).isEqualTo(2);
    }
}
