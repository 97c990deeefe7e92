package org.vfelab.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vfelab.spec.CaptionFamily.TEMPORAL;

import org.vfelab.spec.KernelInflation;
import org.vfelab.spec.PositionInterpolation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/** Style rule 3: the compact constructors are the validation, whichever way a record is made. */
class ValidationTest {
    @TempDir
    Path dir;

    private static void rejects(Executable construct, String message) {
        assertThatThrownBy(construct::execute).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void recordsStateTheAllowedRange() {
        rejects(() -> new SamplingSpec("random-mask", 1.0), "mask_ratio must be in [0, 1), got 1.0");
        rejects(() -> new SamplingSpec("random-mask", -0.1), "mask_ratio must be in [0, 1), got -0.1");
        rejects(() -> new TrainingSpec(-1, 32, 1e-3, 0, LrSchedule.COSINE, 1), "steps must be >= 0, got -1");
        rejects(() -> new TrainingSpec(10, 1, 1e-3, 0, LrSchedule.COSINE, 1), "batch_size must be >= 2, got 1");
        rejects(() -> new TrainingSpec(10, 2, 0, 0, LrSchedule.COSINE, 1), "lr must be a finite number > 0, got 0.0");
        rejects(() -> new TrainingSpec(10, 2, 1e-3, 10, LrSchedule.COSINE, 1),
                "warmup_steps must be in [0, steps) = [0, 10), got 10");
        rejects(() -> new EvaluationSpec(0, List.of(), true), "recall_at must list at least one K, e.g. [1, 5, 10]");
        rejects(() -> new EvaluationSpec(0, List.of(0, 1), true), "recall_at must hold positive K, got [0, 1]");
        rejects(() -> new EvaluationSpec(0, List.of(5, 5), true), "recall_at must be strictly ascending, got [5, 5]");
        rejects(() -> new DataSpec("d", 8, 32, 2, 8, 8, List.of(), BoundSettings.NONE),
                "caption_families must name at least one of appearance, temporal");
        rejects(() -> new DataSpec("d", 8, 32, 2, 8, 8, List.of(TEMPORAL, TEMPORAL), BoundSettings.NONE),
                "caption_families must not repeat a family, got [temporal, temporal]");
        rejects(() -> new DataSpec("d", 64, 32, 1, 8, 8, List.of(TEMPORAL), BoundSettings.NONE),
                "events must be in [2, 6], got 1");
        rejects(() -> new DataSpec("d", 64, 32, 7, 8, 8, List.of(TEMPORAL), BoundSettings.NONE),
                "events must be in [2, 6], got 7");
        rejects(() -> FixtureSettings.loss(0, 100), "init_temperature must be a finite number > 0, got 0.0");
        rejects(() -> FixtureSettings.loss(0.5, 1.5), "max_logit_scale must be >= 1 / init_temperature (2.0), got 1.5");
        rejects(() -> new Tubelet(2, 0, 8), "height must be >= 1, got 0");
        rejects(() -> new BackboneSpec(" "), "type must not be empty");
        rejects(() -> FixtureSettings.backbone(16, 0, 8.0), "lora_rank must be >= 1, got 0");
        rejects(() -> FixtureSettings.backbone(16, 4, 0.0), "lora_alpha must be a finite number > 0, got 0.0");
        rejects(() -> FixtureSettings.backbone(0, 4, 8.0), "adapter_bottleneck must be >= 1, got 0");
    }

    @Test
    void crossSectionChecks() {
        ExperimentSpec d = Specs.defaults();
        ModelSpec coarse = new ModelSpec(ModelPreset.TINY, d.model().backbone(), new Tubelet(3, 8, 8),
                d.model().text(), 64, "", KernelInflation.AVERAGE, PositionInterpolation.LINEAR, TrainableLayers.ALL);
        rejects(() -> new ExperimentSpec("x", 1, d.data(), coarse, d.sampling(), d.loss(), d.training(),
                d.evaluation(), d.tracking(), d.task()), "data.frames must be a multiple of the model.tubelet frames (3), got 8");
        DataSpec small = new DataSpec("moving-shapes", 8, 36, 2, 16, 8, d.data().captionFamilies(), d.data().settings());
        rejects(() -> new ExperimentSpec("x", 1, small, d.model(), d.sampling(), d.loss(), d.training(),
                d.evaluation(), d.tracking(), d.task()), "data.size must be a multiple of the model.tubelet height and width "
                + "(8, 8), got 36");
    }

    @Test
    void presetsAreConsistent() {
        for (ModelPreset preset : ModelPreset.values()) {
            assertThat(preset.width() % preset.heads()).as(preset.key()).isZero();
            assertThat(ModelPreset.fromKey(preset.key())).contains(preset);
        }
        assertThat(ModelPreset.VIT_B.key()).isEqualTo("vit-b");
    }

    @Test
    void listsAreCopied() {
        List<Integer> ks = new ArrayList<>(List.of(1, 5));
        EvaluationSpec evaluation = new EvaluationSpec(0, ks, true);
        ks.add(10);

        assertThat(evaluation.recallAt()).containsExactly(1, 5);
    }

    @Test
    void loaderPointsAtTheOffendingKey() {
        assertThat(Specs.errors(Specs.write(dir, """
                training:
                  steps: 20
                sampling: {mask_ratio: 1.0}
                evaluation: {recall_at: [10, 5]}
                model:
                  tubelet: [3, 8, 8]
                """))).isEqualTo("""
                SRC: 3 problems
                  SRC:3:24: sampling.mask_ratio: must be in [0, 1), got 1.0
                  SRC:4:25: evaluation.recall_at: must be strictly ascending, got [10, 5]
                  SRC: training.warmup_steps: must be in [0, steps) = [0, 20), got 30""");
        assertThat(Specs.errors(Specs.write(dir, "model: {tubelet: [2, 0, 8]}\n"))).isEqualTo("""
                SRC: 1 problem
                  SRC:1:18: model.tubelet: height must be >= 1, got 0""");
        assertThat(Specs.errors(Specs.write(dir, "data:\n  frames: 9\n"))).isEqualTo("""
                SRC: 1 problem
                  SRC:2:11: data.frames: must be a multiple of the model.tubelet frames (2), got 9""");
    }

    @Test
    void eventsOutsideTwoToSixFailAtLoadTimeNamingTheKey() {
        assertThat(Specs.errors(Specs.write(dir, "data: {frames: 64, events: 1}\n"))).isEqualTo("""
                SRC: 1 problem
                  SRC:1:28: data.events: must be in [2, 6], got 1""");
        assertThat(Specs.errors(Specs.write(dir, "data:\n  events: 7\n"))).isEqualTo("""
                SRC: 1 problem
                  SRC:2:11: data.events: must be in [2, 6], got 7""");
        assertThat(Specs.loader().load(Specs.write(dir, "data: {frames: 64, events: 6}\n")).data().events())
                .isEqualTo(6);
    }
}
