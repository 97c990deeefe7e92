package org.vfelab.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfelab.spec.CaptionFamily.TEMPORAL;

import org.vfelab.spec.KernelInflation;
import org.vfelab.spec.PositionInterpolation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadingTest {
    @TempDir
    Path dir;

    @Test
    void emptyFileIsAllDefaults() {
        assertThat(Specs.loader().load(Specs.resource("empty.yaml"))).isEqualTo(Specs.defaults());
        assertThat(Specs.loader().load(Specs.write(dir, ""))).isEqualTo(Specs.defaults());
    }

    @Test
    void defaultsMatchTheDesignNumbers() {
        ExperimentSpec spec = Specs.loader().load(Specs.write(dir, "name: smoke\n"));
        assertThat(spec.name()).isEqualTo("smoke");
        assertThat(spec.model().preset().width()).isEqualTo(64);
        assertThat(spec.training().lr()).isEqualTo(0.0005);
        assertThat(spec.evaluation().every()).isZero();
        assertThat(spec.tracking().uri()).isEqualTo("mlruns");
    }

    @Test
    void fullDescriptorLoadsEveryKey() {
        ExperimentSpec expected = new ExperimentSpec("fig2-factorized", 42,
                new DataSpec("moving-shapes", 16, 64, 3, 4096, 512, List.of(TEMPORAL),
                        BoundSettings.NONE),
                new ModelSpec(ModelPreset.SMALL, new BackboneSpec("factorized", FixtureSettings.backbone(32, 8, 16.0)), new Tubelet(4, 16, 16),
                        new TextSpec(3, 128, 20), 128, "checkpoints/image.zip", KernelInflation.CENTRAL,
                        PositionInterpolation.TILE, new TrainableLayers(2)),
                new SamplingSpec("tubevit", 0.75),
                new LossSpec("infonce", FixtureSettings.loss(0.05, 50.0)),
                new TrainingSpec(1000, 64, 3.0e-4, 100, LrSchedule.CONSTANT, 10),
                new EvaluationSpec(250, List.of(1, 10), false),
                new TrackingSpec("http://localhost:5000", true, 300.0, 20.0, "~/.vfe/journal"),
                new TaskSpec("language-model", BoundSettings.NONE));

        assertThat(Specs.loader().load(Specs.resource("full.yaml"))).isEqualTo(expected);
    }

    @Test
    void partialSectionsKeepTheirOtherDefaults() {
        ExperimentSpec spec = Specs.loader().load(Specs.write(dir, "model:\n  text: {vocab: 32}\n"));

        assertThat(spec.model().text()).isEqualTo(new TextSpec(2, 32, 16));
        assertThat(spec.model().tubelet()).isEqualTo(new Tubelet(2, 8, 8));
    }

    @Test
    void uncheckedPluginKindsAcceptAnyName() {
        ExperimentLoader loader = new ExperimentLoader(PluginCatalog.unchecked());
        ExperimentSpec spec = loader.load(Specs.write(dir, "model: {backbone: {type: not-written-yet}}\n"));

        assertThat(spec.model().backbone().type()).isEqualTo("not-written-yet");
    }

    @Test
    void listsInRecordsAreImmutable() {
        ExperimentSpec spec = Specs.loader().load(Specs.write(dir, ""));

        assertThat(spec.evaluation().recallAt()).isUnmodifiable();
        assertThat(spec.data().captionFamilies()).isUnmodifiable();
    }
}
