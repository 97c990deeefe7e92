package org.vfelab.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Style rule 4: every problem at once, each with its key path and line:column. */
class StrictLoadingTest {
    @TempDir
    Path dir;

    private String errors(String yaml) {
        return Specs.errors(Specs.write(dir, yaml));
    }

    @Test
    void threeMistakesInOneMessage() {
        Path file = Specs.resource("three-mistakes.yaml");
        SpecException e = catchThrowableOfType(SpecException.class, () -> Specs.loader().load(file));

        assertThat(e.getMessage().replace(file.toString(), "SRC")).isEqualTo("""
                SRC: 3 problems
                  SRC:4:3: data.framez: unknown key 'framez' (did you mean 'frames'?)
                  SRC:6:10: training.steps: expected an integer, got 'many'
                  SRC:8:20: model.backbone.type: unknown backbone 'jointt' (known: factorized, frame-avg, joint, lora; \
                did you mean 'joint'?)""");
        assertThat(e.problems()).extracting(SpecProblem::path)
                .containsExactly("data.framez", "training.steps", "model.backbone.type");
        assertThat(e.problems().get(2)).isEqualTo(new SpecProblem(file.toString(), 8, 20, "model.backbone.type",
                "unknown backbone 'jointt' (known: factorized, frame-avg, joint, lora; did you mean 'joint'?)"));
    }

    @Test
    void theTrackingTimesMustBePositiveAndTheJournalNamed() {
        assertThat(errors("tracking:\n  retry_for: 0\n  request_timeout: -2\n  journal: \"\"\n")).isEqualTo("""
                SRC: 1 problem
                  SRC:2:14: tracking.retry_for: must be a finite number > 0, got 0.0""");
        assertThat(errors("tracking:\n  retry_for: 5m\n")).isEqualTo("""
                SRC: 1 problem
                  SRC:2:14: tracking.retry_for: expected a number, got '5m'""");
    }

    @Test
    void unknownKeysSuggestOnlyWhatIsClose() {
        assertThat(errors("model:\n  backbon: {type: joint}\ntrain: {}\nwhatever: 1\n")).isEqualTo("""
                SRC: 3 problems
                  SRC:2:3: model.backbon: unknown key 'backbon' (did you mean 'backbone'?)
                  SRC:3:1: train: unknown key 'train' (did you mean 'training'?)
                  SRC:4:1: whatever: unknown key 'whatever' \
                (allowed: name, seed, data, model, sampling, loss, training, evaluation, task, tracking)""");
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        assertThat(errors("""
                data: {type: moving-circles}
                model: {preset: huge, backbone: {type: transformer}}
                sampling: {type: random_mask}
                training: {schedule: cosin}
                """)).isEqualTo("""
                SRC: 5 problems
                  SRC:1:14: data.type: unknown dataset 'moving-circles' (known: moving-shapes, video-files)
                  SRC:2:17: model.preset: unknown preset 'huge' (known: tiny, small, vit-b, vit-l, bench)
                  SRC:2:40: model.backbone.type: unknown backbone 'transformer' (known: factorized, frame-avg, joint, lora)
                  SRC:3:18: sampling.type: unknown sampler 'random_mask' (known: random-mask, tubevit; \
                did you mean 'random-mask'?)
                  SRC:4:22: training.schedule: unknown schedule 'cosin' (known: cosine, constant; did you mean 'cosine'?)""");
    }

    @Test
    void anUnknownTaskFailsAtLoadTimeListingTheRegisteredOnes() {
        assertThat(errors("task: {type: captionin}\n")).isEqualTo("""
                SRC: 1 problem
                  SRC:1:14: task.type: unknown task 'captionin' (known: captioning, contrastive, language-model; \
                did you mean 'captioning'?)""");
    }

    @Test
    void anUnknownTemporalInterpolationFailsAtLoadTimeListingTheAllowedValues() {
        assertThat(errors("model: {temporal_interpolation: cubic}\n")).isEqualTo("""
                SRC: 1 problem
                  SRC:1:33: model.temporal_interpolation: unknown temporal interpolation 'cubic' \
                (known: linear, tile, none)""");
    }

    @Test
    void wrongTypes() {
        assertThat(errors("""
                seed: 1.5
                data: {caption_families: [temporal, spatial]}
                model: {tubelet: [2, 8], text: {depth: "3"}}
                training: {lr: fast}
                evaluation: {recall_at: 5, frame_shuffle_check: yes}
                tracking: [mlruns]
                """)).isEqualTo("""
                SRC: 8 problems
                  SRC:1:7: seed: expected an integer, got '1.5'
                  SRC:2:37: data.caption_families[1]: unknown caption family 'spatial' (known: appearance, temporal)
                  SRC:3:18: model.tubelet: expected a list of 3 integers, got a list of 2 items
                  SRC:3:40: model.text.depth: expected an integer, got a quoted string '3'
                  SRC:4:16: training.lr: expected a number, got 'fast'
                  SRC:5:25: evaluation.recall_at: expected a list of integers, got '5'
                  SRC:5:49: evaluation.frame_shuffle_check: expected true or false, got 'yes'
                  SRC:6:11: tracking: expected a mapping of uri, log_checkpoint, retry_for, request_timeout, journal, got a list of 1 item""");
    }

    @Test
    void duplicateKeysAndANonMappingRoot() {
        assertThat(errors("seed: 1\nseed: 2\n")).isEqualTo("""
                SRC: 1 problem
                  SRC:2:1: seed: duplicate key 'seed'""");
        assertThat(errors("- name: x\n")).isEqualTo("""
                SRC: 1 problem
                  SRC:1:1: expected a mapping of name, seed, data, model, sampling, loss, training, evaluation, \
                task, tracking, got a list of 1 item""");
    }

    @Test
    void yamlSyntaxErrorIsOneProblemWithItsPosition() {
        Path file = Specs.resource("syntax-error.yaml");

        assertThat(Specs.errors(file)).isEqualTo("""
                SRC: 1 problem
                  SRC:4:6: invalid YAML: mapping values are not allowed here""");
    }

    @Test
    void missingFile() {
        SpecException e = catchThrowableOfType(SpecException.class,
                () -> Specs.loader().load(Path.of("experiments/missing.yaml"), List.of()));

        assertThat(e).hasMessage("experiments/missing.yaml: 1 problem\n  experiments/missing.yaml: file not found");
    }

    @Test
    void aKindWithNoPluginsRejectsEveryName() {
        ExperimentLoader loader = new ExperimentLoader(Specs.catalog().with(PluginKind.LOSS));
        Path file = Specs.write(dir, "");

        assertThat(catchThrowableOfType(SpecException.class, () -> loader.load(file)).problems())
                .containsExactly(new SpecProblem(file.toString(), 0, 0, "loss.type",
                        "unknown loss 'infonce' (known: none)"));
    }
}
