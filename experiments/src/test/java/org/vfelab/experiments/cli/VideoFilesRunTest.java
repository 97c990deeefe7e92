package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.tracking.LocalStoreReader;
import org.vfelab.tracking.MetricPoint;
import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.StoredRun;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The video-files dataset through the real CLI: generated mp4s and one broken file, trained on and evaluated,
 * the broken file counted in {@code skipped_videos}, and the second run reading every clip from the cache.
 */
@Tag("integration")
class VideoFilesRunTest {
    @TempDir
    Path dir;

    @Test
    void generatedVideosTrainAndTheSecondRunDecodesNothing() {
        Path videos = dir.resolve("videos");
        Path store = dir.resolve("mlruns");
        CliRunner made = CliRunner.run("make-videos", videos.toString(), "--count", "12", "--val", "4",
                "--corrupt", "1");
        assertThat(made.exitCode()).as(made.err()).isEqualTo(ExitCodes.OK);
        assertThat(made.out()).contains("wrote 12 videos (8 train, 4 val) plus 1 broken file(s)");

        String[] run = {"run", "video-files-example.yaml", "--tracking-uri", store.toString(),
                "--set", "data.video.index=" + videos.resolve("captions.csv"), "--set", "data.frames=4",
                "--set", "data.size=16", "--set", "training.steps=4", "--set", "training.warmup_steps=1",
                "--set", "training.batch_size=4", "--set", "evaluation.recall_at=[1, 2]",
                "--set", "tracking.log_checkpoint=false"};
        CliRunner first = CliRunner.run(run);
        CliRunner second = CliRunner.run(run);

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("vfe: data: skipped_videos = 1", "vfe: data: decoded_videos = 12",
                "T2V R@1");
        assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.OK);
        assertThat(second.out()).contains("vfe: data: decoded_videos = 0", "vfe: data: cached_videos = 12");
        LocalStoreReader reader = new LocalStoreReader(store);
        List<StoredRun> runs = reader.runs(reader.experimentByName("video-files-example").orElseThrow().id()).stream()
                .sorted(Comparator.comparing(StoredRun::startTime)).toList();
        assertThat(runs).hasSize(2).allMatch(r -> r.status() == RunStatus.FINISHED);
        Map<String, List<MetricPoint>> metrics = reader.metrics(runs.get(0));
        assertThat(metrics.get("skipped_videos")).singleElement()
                .satisfies(point -> assertThat(point.value()).isEqualTo(1.0));
        assertThat(metrics).containsKeys("t2v_recall_at_1", "v2t_recall_at_1", "appearance/t2v_recall_at_1",
                "data_load_seconds", "loss");
        assertThat(reader.artifacts(runs.get(0))).contains("vocabulary.txt", "skipped_videos.txt", "experiment.yaml");
        assertThat(reader.metrics(runs.get(1)).get("decoded_videos")).singleElement()
                .satisfies(point -> assertThat(point.value()).isZero());
        assertThat(Files.isDirectory(videos.resolve(".vfe-cache"))).isTrue();
    }

    @Test
    void makeVideosChecksItsCounts() {
        CliRunner result = CliRunner.run("make-videos", dir.resolve("videos").toString(), "--count", "4", "--val", "4");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("need 1 <= count, 0 <= val < count and corrupt >= 0, got count 4, val 4");
        assertThat(dir.resolve("videos")).doesNotExist();
    }

    @Test
    void aMissingCaptionIndexFailsTheTrialNamingTheFile() {
        Path absent = dir.resolve("absent.csv");
        CliRunner result = CliRunner.run("run", "video-files-example.yaml", "--tracking-uri",
                dir.resolve("mlruns").toString(), "--set", "data.video.index=" + absent);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.TRIAL_FAILED);
        assertThat(result.err()).contains(absent + ": no such caption index (data.video.index)")
                .doesNotContain("\tat org.vfelab");
    }

    @Test
    void aVideoFilesDescriptorWithoutAnIndexIsRejectedAtLoadTime() {
        CliRunner result = CliRunner.run("run", "video-files-example.yaml", "--set", "data.video.index=");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("video-files-example.yaml: 1 problem",
                "--set: data.video.index: data.type video-files needs a caption index");
    }
}
