package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.core.checkpoint.Checkpoint;
import org.vfelab.core.checkpoint.CheckpointFiles;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The paper's image -> video chain through the real CLI: image pre-training, a checkpoint, a video model from it. */
@Tag("integration")
class ImageToVideoTest {

    private static final String[] TINY = {"--set", "training.steps=4", "--set", "training.warmup_steps=1",
            "--set", "training.batch_size=4", "--set", "data.frames=4", "--set", "data.size=16",
            "--set", "data.train_clips=32", "--set", "data.eval_clips=8", "--set", "evaluation.recall_at=[1, 5]"};

    @Test
    void aVideoModelStartsFromAnImageCheckpointWithItsKernelInflated(@TempDir Path dir) {
        Path checkpoint = dir.resolve("image.zip");
        CliRunner image = CliRunner.run(args("image-pretrain.yaml", dir, "--save-checkpoint", checkpoint.toString()));
        assertThat(image.exitCode()).as(image.err()).isZero();
        assertThat(image.out()).contains("checkpoint saved to " + checkpoint);
        Checkpoint saved = CheckpointFiles.read(checkpoint);
        assertThat(saved.parameters().get("video/tubelet/weight").shape()).as("1 x 8 x 8 x 3 patches")
                .containsExactly(192, 64);
        assertThat(saved.specYaml()).contains("type: moving-shapes-images");

        CliRunner video = CliRunner.run(args("smoke.yaml", dir, "--set", "model.init_from=" + checkpoint,
                "--set", "model.backbone.type=lora"));
        assertThat(video.exitCode()).as(video.err()).isZero();
        assertThat(video.out()).contains("vfe: weights from model.init_from: copied ", "inflated 1, ")
                .doesNotContain("frozen weights stay random");

        CliRunner factorized = CliRunner.run(args("smoke.yaml", dir, "--set", "model.init_from=" + checkpoint,
                "--set", "model.backbone.type=temporal-only"));
        assertThat(factorized.exitCode()).as(factorized.err()).isZero();
        assertThat(factorized.out()).as("two layers x (qkv, out) x (weight, bias) + (gain, offset), + positions")
                .contains("inflated 1, interpolated 0, inherited 13, ");
    }

    @Test
    void aCheckpointOfAnotherSizeFailsTheTrialNamingTheParameterWithoutAStackTrace(@TempDir Path dir) {
        Path checkpoint = dir.resolve("image.zip");
        assertThat(CliRunner.run(args("image-pretrain.yaml", dir, "--save-checkpoint", checkpoint.toString()))
                .exitCode()).isZero();

        CliRunner result = CliRunner.run(args("smoke.yaml", dir, "--set", "model.init_from=" + checkpoint,
                "--set", "model.preset=small"));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.TRIAL_FAILED);
        assertThat(result.err()).contains(checkpoint.toString(), "do not fit this model", "video/block0/attn/qkv/weight",
                "[64, 192]", "[128, 384]").doesNotContain("\tat org.");
    }

    @Test
    void aMissingCheckpointIsBadInputBeforeAnyRunStarts(@TempDir Path dir) {
        CliRunner result = CliRunner.run(args("smoke.yaml", dir, "--set", "model.init_from=" + dir.resolve("nope.zip")));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("model.init_from: no checkpoint file", "nope.zip");
        assertThat(Files.exists(dir.resolve("store"))).as("no run was opened").isFalse();
    }

    @Test
    void aStageReferenceIsBadInputOutsideASweep(@TempDir Path dir) {
        CliRunner result = CliRunner.run(args("smoke.yaml", dir, "--set", "model.init_from=@image"));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("smoke.yaml: model.init_from: '@image' names a stage of a sweep, but @ "
                + "references only work in sweep files (vfe sweep FILE)");
        assertThat(Files.exists(dir.resolve("store"))).as("no run was opened").isFalse();
    }

    @Test
    void aFrozenModelWithoutACheckpointWarns(@TempDir Path dir) {
        CliRunner result = CliRunner.run(args("smoke.yaml", dir, "--set", "model.backbone.type=mlp-adapter"));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("frozen weights stay random");
    }

    private static String[] args(String descriptor, Path dir, String... more) {
        String[] head = {"run", descriptor, "--tracking-uri", dir.resolve("store").toString()};
        String[] all = new String[head.length + TINY.length + more.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(TINY, 0, all, head.length, TINY.length);
        System.arraycopy(more, 0, all, head.length + TINY.length, more.length);
        return all;
    }
}
