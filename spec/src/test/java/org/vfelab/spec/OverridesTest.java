package org.vfelab.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfelab.spec.CaptionFamily.APPEARANCE;
import static org.vfelab.spec.CaptionFamily.TEMPORAL;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesTest {
    @TempDir
    Path dir;

    private ExperimentSpec load(String yaml, String... overrides) {
        return Specs.loader().load(Specs.write(dir, yaml), List.of(overrides));
    }

    @Test
    void scalarsOfEveryType() {
        ExperimentSpec spec = load("", "training.steps=50", "seed=12345678901", "sampling.mask_ratio=0.75",
                "training.lr=3e-4", "evaluation.frame_shuffle_check=false", "name=my run: 2");

        assertThat(spec.training().steps()).isEqualTo(50);
        assertThat(spec.seed()).isEqualTo(12345678901L);
        assertThat(spec.sampling().maskRatio()).isEqualTo(0.75);
        assertThat(spec.training().lr()).isEqualTo(3e-4);
        assertThat(spec.evaluation().frameShuffleCheck()).isFalse();
        assertThat(spec.name()).as("text keys take the value verbatim").isEqualTo("my run: 2");
    }

    @Test
    void namesOfPluginsAndEnums() {
        ExperimentSpec spec = load("", "model.backbone.type=lora", "sampling.type=tubevit", "model.preset=vit-b",
                "training.schedule=constant");

        assertThat(spec.model().backbone()).isEqualTo(new BackboneSpec("lora", FixtureSettings.backbone(16, 2, 4.0)));
        assertThat(spec.sampling().type()).isEqualTo("tubevit");
        assertThat(spec.model().preset()).isEqualTo(ModelPreset.VIT_B);
        assertThat(spec.training().schedule()).isEqualTo(LrSchedule.CONSTANT);
    }

    @Test
    void listsInFlowStyle() {
        ExperimentSpec spec = load("", "model.tubelet=[2,4,4]", "evaluation.recall_at=[1, 2]",
                "data.caption_families=[temporal, appearance]");

        assertThat(spec.model().tubelet()).isEqualTo(new Tubelet(2, 4, 4));
        assertThat(spec.evaluation().recallAt()).containsExactly(1, 2);
        assertThat(spec.data().captionFamilies()).containsExactly(TEMPORAL, APPEARANCE);
    }

    @Test
    void aSectionMergesKeyByKey() {
        ExperimentSpec spec = load("", "model.text={depth: 4}");

        assertThat(spec.model().text()).isEqualTo(new TextSpec(4, 64, 16));
    }

    @Test
    void overridesBeatTheFileAndTheLastOverrideWins() {
        ExperimentSpec spec = load("training: {steps: 100, batch_size: 8}\n", "training.steps=60", "training.steps=70");

        assertThat(spec.training().steps()).isEqualTo(70);
        assertThat(spec.training().batchSize()).as("untouched file value").isEqualTo(8);
    }

    @Test
    void badOverridesAreReportedWithTheFileProblems() {
        Path file = Specs.write(dir, "seed: x\n");

        assertThat(Specs.errors(file, "trainig.steps=3", "training.steps=many", "training.steps.max=1", "nokey",
                "training.lr=[", "model.tubelet=[2, 4]")).isEqualTo("""
                SRC: 7 problems
                  SRC:1:7: seed: expected an integer, got 'x'
                  --set: trainig.steps: unknown key 'trainig' (did you mean 'training'?)
                  --set: training.steps: expected an integer, got 'many'
                  --set: training.steps.max: unknown key 'max' (training.steps takes a value, not sub-keys)
                  --set: nokey: expected key=value, e.g. training.steps=50
                  --set: training.lr: invalid YAML value '[': expected the node content, but found '<stream end>'
                  --set: model.tubelet: expected a list of 3 integers, got a list of 2 items""");
    }
}
