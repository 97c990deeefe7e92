package org.vfelab.spec;

import static org.vfelab.spec.CaptionFamily.APPEARANCE;
import static org.vfelab.spec.CaptionFamily.TEMPORAL;

import org.vfelab.spec.KernelInflation;
import org.vfelab.spec.PositionInterpolation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shared fixtures: a plugin catalog like the real one, the defaults as records, descriptor files. */
final class Specs {
    private Specs() {
    }

    static PluginCatalog catalog() {
        return PluginCatalog.unchecked()
                .with(PluginKind.DATASET, "moving-shapes", "video-files")
                .with(PluginKind.BACKBONE, "joint", "factorized", "frame-avg", "lora")
                .with(PluginKind.SAMPLER, "random-mask", "tubevit")
                .with(PluginKind.LOSS, "infonce")
                .with(PluginKind.TASK, "contrastive", "language-model", "captioning")
                .with(FixtureSettings.INFONCE)
                .with(FixtureSettings.ADAPTER)
                .with(FixtureSettings.LORA);
    }

    static ExperimentLoader loader() {
        return new ExperimentLoader(catalog());
    }

    /** defaults.yaml written out by hand as records. */
    static ExperimentSpec defaults() {
        return new ExperimentSpec("experiment", 7,
                new DataSpec("moving-shapes", 8, 32, 2, 2048, 256, List.of(APPEARANCE, TEMPORAL), BoundSettings.NONE),
                new ModelSpec(ModelPreset.TINY, new BackboneSpec("joint", FixtureSettings.backbone(16, 2, 4.0)), new Tubelet(2, 8, 8),
                        new TextSpec(2, 64, 16), 64, "", KernelInflation.AVERAGE, PositionInterpolation.LINEAR,
                        TrainableLayers.ALL),
                new SamplingSpec("random-mask", 0.0),
                new LossSpec("infonce", FixtureSettings.loss(0.07, 100.0)),
                new TrainingSpec(300, 32, 5e-4, 30, LrSchedule.COSINE, 50),
                new EvaluationSpec(0, List.of(1, 5, 10), true),
                new TrackingSpec("mlruns", true, 300.0, 20.0, "~/.vfe/journal"),
                new TaskSpec(TaskSpec.CONTRASTIVE, BoundSettings.NONE));
    }

    /** A test resource under {@code spec/} as a file path. */
    static Path resource(String name) {
        try {
            return Path.of(Specs.class.getResource("/spec/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path dir, String yaml) {
        try {
            return Files.writeString(dir.resolve("x.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message of the SpecException that loading throws, with the file's name replaced by {@code SRC}. */
    static String errors(Path file, String... overrides) {
        try {
            loader().load(file, List.of(overrides));
        } catch (SpecException e) {
            return e.getMessage().replace(file.toString(), "SRC");
        }
        throw new AssertionError("expected a SpecException for " + file);
    }
}
