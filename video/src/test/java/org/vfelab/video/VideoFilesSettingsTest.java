package org.vfelab.video;

import com.google.inject.Guice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.core.wiring.CoreModule;
import org.vfelab.core.wiring.PluginMaps;
import org.vfelab.spec.ExperimentLoader;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.PluginCatalog;
import org.vfelab.spec.SpecException;
import org.vfelab.spec.SpecParams;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code data.video} section the video-files plugin adds to the descriptor, checked key by key. */
class VideoFilesSettingsTest {
    /** The settings VideoModule declares; plugin names go unchecked, as this module registers only one. */
    private static final ExperimentLoader LOADER = new ExperimentLoader(new PluginCatalog(Map.of(),
            PluginMaps.catalog(Guice.createInjector(new CoreModule(), new VideoModule())).settings()));

    @TempDir
    Path dir;

    @Test
    void theSectionLoadsWithItsDefaultsAndBecomesParams() throws Exception {
        ExperimentSpec spec = load("data:\n  video: {index: a.csv, sampling: fps, fps: 5}\n");

        assertThat(spec.data().settings(VideoFilesSettings.class))
                .isEqualTo(new VideoFilesSettings("a.csv", "", FrameSampling.FPS, 5.0, "", 64));
        assertThat(SpecParams.flatten(load(""))).containsEntry("data.video.index", "")
                .containsEntry("data.video.sampling", "uniform").containsEntry("data.video.fps", "2.0")
                .containsEntry("data.video.vocab_size", "64");
    }

    @Test
    void everyKeyIsCheckedAtItsLine() {
        assertThat(errors("data:\n  video: {sampling: fast, vocab_sise: 9}\n"))
                .contains(":2:21: data.video.sampling: unknown sampling 'fast' (known: uniform, fps; did you mean 'fps'?)")
                .contains(":2:27: data.video.vocab_sise: unknown key 'vocab_sise' (did you mean 'vocab_size'?)");
        assertThat(errors("data:\n  video:\n    fps: -1\n"))
                .contains(":3:10: data.video.fps: must be a finite number > 0, got -1.0");
        assertThat(errors("data:\n  video:\n    vocab_size: 4\n"))
                .contains(":3:17: data.video.vocab_size: must be >= 5, got 4");
    }

    @Test
    void aVideoFilesTrialNeedsAnIndexOneFamilyAndAVocabularyTheTextTowerHolds() {
        assertThat(errors("data:\n  type: video-files\n  caption_families: [appearance]\n"))
                .contains("data.video.index: data.type video-files needs a caption index: a CSV "
                        + "video,caption[,split] with a header, or MSR-VTT-style JSON");
        assertThat(errors("data:\n  type: video-files\n  video: {index: a.csv}\n"))
                .contains("data.caption_families: the captions of video files are one family: set [appearance], "
                        + "or [temporal] if they describe the order of events; got [appearance, temporal]");
        assertThat(errors("data:\n  type: video-files\n  caption_families: [appearance]\n"
                + "  video: {index: a.csv, vocab_size: 65}\n"))
                .contains("data.video.vocab_size: must be <= model.text.vocab (64), the text tower's embedding rows, "
                        + "got 65");
        assertThat(load("data:\n  video: {vocab_size: 65}\n").data().settings(VideoFilesSettings.class).vocabSize())
                .as("other datasets ignore the section").isEqualTo(65);
    }

    private ExperimentSpec load(String yaml) {
        try {
            return LOADER.load(Files.writeString(dir.resolve("x.yaml"), yaml), List.of());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String errors(String yaml) {
        try {
            load(yaml);
        } catch (SpecException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a SpecException for " + yaml);
    }
}
