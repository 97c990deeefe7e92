package org.vfelab.captioning;

import com.google.inject.Guice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.core.wiring.CoreModule;
import org.vfelab.core.wiring.PluginMaps;
import org.vfelab.spec.ExperimentLoader;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.PluginCatalog;
import org.vfelab.spec.SpecParams;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code task.*} keys the captioning plugin adds, and its one check that applies only when it is chosen. */
class CaptioningSettingsTest {
    /** The settings CaptioningModule declares; plugin names go unchecked, as this module registers only two. */
    private static final ExperimentLoader LOADER = new ExperimentLoader(new PluginCatalog(Map.of(),
            PluginMaps.catalog(Guice.createInjector(new CoreModule(), new CaptioningModule())).settings()));

    @TempDir
    Path dir;

    @Test
    void itsKeysLoadWithTheirDefaultsAndBecomeParams() throws Exception {
        ExperimentSpec spec = load("task: {type: captioning, language_model: lm.zip, time_chunks: 2}\n");

        assertThat(spec.task().settings(CaptioningSettings.class)).isEqualTo(new CaptioningSettings("lm.zip", 2, 8, 1));
        assertThat(SpecParams.flatten(load(""))).containsEntry("task.language_model", "")
                .containsEntry("task.time_chunks", "1").containsEntry("task.latents", "8")
                .containsEntry("task.resampler_depth", "1");
    }

    @Test
    void aCaptioningTaskMustNameItsLanguageModelWhileOtherTasksNeedNone() throws Exception {
        assertThatThrownBy(() -> load("task:\n  type: captioning\n")).hasMessageContaining(
                "task.language_model: a captioning task needs the checkpoint of a language-model trial");
        assertThat(load("task: {type: language-model}\n").task().type()).isEqualTo("language-model");
        assertThatThrownBy(() -> load("task: {type: captioning, language_model: lm.zip, latents: 0}\n"))
                .hasMessageContaining(":1:59: task.latents: must be >= 1, got 0");
    }

    private ExperimentSpec load(String yaml) throws Exception {
        return LOADER.load(Files.writeString(dir.resolve("x.yaml"), yaml), List.of());
    }
}
