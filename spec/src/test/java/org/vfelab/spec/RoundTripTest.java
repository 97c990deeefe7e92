package org.vfelab.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Style rule 5: YAML -> record -> flattened params -> record gives the original back. */
class RoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"empty.yaml", "full.yaml"})
    void yamlToRecordToParamsToRecord(String resource) {
        ExperimentSpec spec = Specs.loader().load(Specs.resource(resource));

        assertThat(Specs.loader().fromParams(SpecParams.flatten(spec))).isEqualTo(spec);
    }

    @Test
    void awkwardValuesSurviveParamsAndYaml() throws Exception {
        ExperimentSpec spec = Specs.loader().load(Specs.resource("empty.yaml"), List.of("name=a: b # not a comment",
                "training.lr=0.30000000000000004", "loss.max_logit_scale=1e22", "sampling.mask_ratio=1e-7",
                "tracking.uri=true", "seed=-3"));

        assertThat(SpecParams.flatten(spec)).as("exponents as YAML 1.1 floats, for PyYAML readers too")
                .containsEntry("loss.max_logit_scale", "1.0e+22").containsEntry("sampling.mask_ratio", "1.0e-7")
                .containsEntry("training.lr", "0.30000000000000004").containsEntry("name", "a: b # not a comment");
        assertThat(Specs.loader().fromParams(SpecParams.flatten(spec))).isEqualTo(spec);
        Path resolved = Files.writeString(dir.resolve("resolved.yaml"), SpecYaml.toYaml(spec));
        assertThat(Specs.loader().load(resolved)).isEqualTo(spec);
    }

    @Test
    void resolvedYamlLoadsBackEqual() throws Exception {
        ExperimentSpec spec = Specs.loader().load(Specs.resource("full.yaml"));
        Path resolved = Files.writeString(dir.resolve("resolved.yaml"), SpecYaml.toYaml(spec));

        assertThat(Specs.loader().load(resolved)).isEqualTo(spec);
    }

    @Test
    void paramsOfTheDefaults() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("name", "experiment"), Map.entry("seed", "7"),
                Map.entry("data.type", "moving-shapes"), Map.entry("data.frames", "8"), Map.entry("data.size", "32"),
                Map.entry("data.events", "2"),
                Map.entry("data.train_clips", "2048"), Map.entry("data.eval_clips", "256"),
                Map.entry("data.caption_families", "[appearance, temporal]"),
                Map.entry("model.preset", "tiny"), Map.entry("model.backbone.type", "joint"),
                Map.entry("model.backbone.adapter_bottleneck", "16"), Map.entry("model.backbone.lora_rank", "2"),
                Map.entry("model.backbone.lora_alpha", "4.0"),
                Map.entry("model.tubelet", "[2, 8, 8]"), Map.entry("model.text.depth", "2"),
                Map.entry("model.text.vocab", "64"), Map.entry("model.text.max_tokens", "16"),
                Map.entry("model.projection", "64"), Map.entry("model.init_from", ""),
                Map.entry("model.kernel_init", "average"), Map.entry("model.temporal_interpolation", "linear"),
                Map.entry("model.trainable_layers", "all"),
                Map.entry("sampling.type", "random-mask"), Map.entry("sampling.mask_ratio", "0.0"),
                Map.entry("loss.type", "infonce"), Map.entry("loss.init_temperature", "0.07"),
                Map.entry("loss.max_logit_scale", "100.0"),
                Map.entry("training.steps", "300"), Map.entry("training.batch_size", "32"),
                Map.entry("training.lr", "5.0e-4"), Map.entry("training.warmup_steps", "30"),
                Map.entry("training.schedule", "cosine"), Map.entry("training.log_every", "50"),
                Map.entry("evaluation.every", "0"), Map.entry("evaluation.recall_at", "[1, 5, 10]"),
                Map.entry("evaluation.frame_shuffle_check", "true"),
                Map.entry("task.type", "contrastive"),
                Map.entry("tracking.uri", "mlruns"), Map.entry("tracking.log_checkpoint", "true"),
                Map.entry("tracking.retry_for", "300.0"), Map.entry("tracking.request_timeout", "20.0"),
                Map.entry("tracking.journal", "~/.vfe/journal")));

        assertThat(SpecParams.flatten(Specs.defaults())).containsExactlyEntriesOf(expected);
    }

    @Test
    void everySchemaKeyIsWrittenInSchemaOrder() {
        assertThat(SpecValues.of(Specs.defaults()).keySet())
                .containsExactlyElementsOf(DescriptorSchema.of(Specs.catalog().settings()).leaves().keySet());
    }

    @Test
    void resolvedYamlOfTheDefaults() {
        assertThat(SpecYaml.toYaml(Specs.defaults())).isEqualTo("""
                name: experiment
                seed: 7
                data:
                  type: moving-shapes
                  frames: 8
                  size: 32
                  events: 2
                  train_clips: 2048
                  eval_clips: 256
                  caption_families: [appearance, temporal]
                model:
                  preset: tiny
                  backbone:
                    type: joint
                    adapter_bottleneck: 16
                    lora_rank: 2
                    lora_alpha: 4.0
                  tubelet: [2, 8, 8]
                  text:
                    depth: 2
                    vocab: 64
                    max_tokens: 16
                  projection: 64
                  init_from: ""
                  kernel_init: average
                  temporal_interpolation: linear
                  trainable_layers: all
                sampling:
                  type: random-mask
                  mask_ratio: 0.0
                loss:
                  type: infonce
                  init_temperature: 0.07
                  max_logit_scale: 100.0
                training:
                  steps: 300
                  batch_size: 32
                  lr: 5.0e-4
                  warmup_steps: 30
                  schedule: cosine
                  log_every: 50
                evaluation:
                  every: 0
                  recall_at: [1, 5, 10]
                  frame_shuffle_check: true
                task:
                  type: contrastive
                tracking:
                  uri: mlruns
                  log_checkpoint: true
                  retry_for: 300.0
                  request_timeout: 20.0
                  journal: ~/.vfe/journal
                """);
    }

    @Test
    void paramsWithUnknownKeysAreRejected() {
        Map<String, String> params = new TreeMap<>(SpecParams.flatten(Specs.defaults()));
        params.put("training.stepz", "3");

        assertThat(catchThrowableOfType(SpecException.class,
                () -> Specs.loader().fromParams(params))).hasMessage("""
                params: 1 problem
                  params: training.stepz: unknown key 'stepz' (did you mean 'steps'?)""");
    }
}
