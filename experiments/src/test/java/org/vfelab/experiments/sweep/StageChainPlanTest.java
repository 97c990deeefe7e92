package org.vfelab.experiments.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.spec.SpecException;
import org.vfelab.experiments.cli.VfeCommand;
import org.vfelab.experiments.trial.TrialKey;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sweeps whose arms are stages of a chain: ids, per-arm bases, {@code @id} references, their keys and checks. */
class StageChainPlanTest {

    /** Listed child first: the plan puts each stage after the one it starts from. */
    private static final String CHAIN = """
            name: chain
            base: SMOKE
            seeds: [7, 8]
            set: {training.steps: 4, training.warmup_steps: 1}
            arms:
              - {label: video, id: video, set: {model.init_from: "@image", model.backbone.type: lora}}
              - {label: image, id: image, base: IMAGE IMAGE_SET}
              - {label: scratch}
            """;

    @TempDir
    Path dir;

    @Test
    void stagesArePlannedAfterTheirParentsEachFromItsOwnBase() throws IOException {
        List<PlannedTrial> trials = SweepPlan.expand(SweepFiles.load(chain("")));

        assertThat(trials).extracting(PlannedTrial::label).containsExactly("image seed=7", "image seed=8",
                "video seed=7", "video seed=8", "scratch seed=7", "scratch seed=8");
        Map<String, PlannedTrial> byLabel = byLabel(trials);
        PlannedTrial image = byLabel.get("image seed=8");
        PlannedTrial video = byLabel.get("video seed=8");
        assertThat(image.base()).isEqualTo(Path.of("image-pretrain.yaml").toAbsolutePath());
        assertThat(image.spec().data().type()).isEqualTo("moving-shapes-images");
        assertThat(image.spec().training().steps()).as("the sweep's set applies to every base").isEqualTo(4);
        assertThat(video.links()).singleElement().isEqualTo(new StageLink("model.init_from", "image", image));
        assertThat(video.parents()).containsExactly(image);
        assertThat(video.spec().model().initFrom()).isEqualTo("@" + image.key());
        assertThat(video.key()).isEqualTo(TrialKey.of(video.spec()));
        assertThat(byLabel.get("scratch seed=8").parents()).isEmpty();
    }

    @Test
    void aStagesKeyChangesWithItsParentsSettingsWhileAnUnrelatedArmsKeyDoesNot() throws IOException {
        Map<String, PlannedTrial> before = byLabel(SweepPlan.expand(SweepFiles.load(chain(""))));
        Map<String, PlannedTrial> after = byLabel(SweepPlan.expand(SweepFiles.load(chain(
                ", set: {training.lr: 0.001}"))));

        for (String seed : List.of(" seed=7", " seed=8")) {
            assertThat(after.get("image" + seed).key()).isNotEqualTo(before.get("image" + seed).key());
            assertThat(after.get("video" + seed).key()).as("the child of a changed parent")
                    .isNotEqualTo(before.get("video" + seed).key());
            assertThat(after.get("video" + seed).spec().model().initFrom())
                    .isEqualTo("@" + after.get("image" + seed).key());
            assertThat(after.get("scratch" + seed).key()).isEqualTo(before.get("scratch" + seed).key())
                    .isEqualTo(TrialKey.of(before.get("scratch" + seed).spec()));
        }
    }

    @Test
    void aReferenceToNoArmIsNamedWithTheFileTheArmAndTheKey() throws IOException {
        Path sweep = write("""
                base: SMOKE
                arms:
                  - {label: image, id: image}
                  - {label: video, set: {model.init_from: "@imgae"}}
                """);

        assertThatThrownBy(() -> SweepPlan.expand(SweepFiles.load(sweep))).isInstanceOf(SpecException.class)
                .hasMessageContaining(sweep + ": arm 'video': model.init_from: '@imgae' names no arm of this sweep "
                        + "(ids: image)");
    }

    @Test
    void aCycleOfStagesIsNamedStageByStage() throws IOException {
        Path sweep = write("""
                base: SMOKE
                arms:
                  - {label: first, id: a, set: {model.init_from: "@b"}}
                  - {label: second, id: b, set: {model.init_from: "@c"}}
                  - {label: third, id: c, set: {model.init_from: "@a"}}
                """);

        assertThatThrownBy(() -> SweepPlan.expand(SweepFiles.load(sweep))).isInstanceOf(SpecException.class)
                .hasMessageContaining(sweep + ": arm 'first': model.init_from: '@b' makes a cycle of stages: a starts "
                        + "from b, which starts from c, which starts from a");
        Path self = write("base: SMOKE\narms:\n  - {label: self, id: s, set: {model.init_from: \"@s\"}}\n");
        assertThatThrownBy(() -> SweepPlan.expand(SweepFiles.load(self)))
                .hasMessageContaining("arm 'self': model.init_from: '@s' makes a cycle of stages: s starts from s");
    }

    @Test
    void aParentThatLogsNoCheckpointIsRefused() throws IOException {
        Path sweep = write("""
                base: SMOKE
                arms:
                  - {label: image, id: image, set: {tracking.log_checkpoint: false}}
                  - {label: video, set: {model.init_from: "@image", seed: 3}}
                """);

        assertThatThrownBy(() -> SweepPlan.expand(SweepFiles.load(sweep)))
                .hasMessageContaining(sweep + ": arm 'video': model.init_from: '@image' names arm 'image', whose "
                        + "tracking.log_checkpoint is false");
    }

    @Test
    void armIdsAreCheckedWhereTheyAreWrittenAndEveryArmMayBringItsOwnBase() throws IOException {
        Path bad = write("""
                arms:
                  - {label: a, id: "no spaces"}
                  - {label: b, id: b}
                  - {label: c, id: b, base: SMOKE}
                """);
        assertThatThrownBy(() -> SweepFiles.load(bad)).isInstanceOf(SpecException.class)
                .hasMessageContaining(bad + ":2:20: arms[0].id: 'no spaces' is not an id")
                .hasMessageContaining(bad + ":4:20: arms[2].id: 'b' is already the id of arm 'b'")
                .hasMessageContaining("base: missing");

        Path ownBases = write("arms:\n  - {label: image, base: IMAGE}\n  - {label: video, base: SMOKE}\n");
        SweepFile loaded = SweepFiles.load(ownBases);
        assertThat(loaded.base()).isEmpty();
        assertThat(loaded.arms()).extracting(loaded::baseOf).containsExactly(
                Path.of("image-pretrain.yaml").toAbsolutePath(), Path.of("smoke.yaml").toAbsolutePath());
    }

    @Test
    void thePlanListsEachStagesBaseAndTheTrialsItStartsFrom() throws IOException {
        StringWriter out = new StringWriter();
        int exit = VfeCommand.commandLine().setOut(new PrintWriter(out)).execute("sweep", "plan",
                chain("").toString());

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(2)).contains("label", "base", "overrides", "trial key").endsWith("after");
        assertThat(lines).filteredOn(line -> line.contains("video seed=7")).singleElement()
                .satisfies(line -> assertThat(line).endsWith(" image seed=7"));
        assertThat(lines).filteredOn(line -> line.contains("image seed=7")).first()
                .satisfies(line -> assertThat(line).startsWith("1 ").contains("image-pretrain.yaml"));
    }

    private static Map<String, PlannedTrial> byLabel(List<PlannedTrial> trials) {
        return trials.stream().collect(Collectors.toMap(PlannedTrial::label, Function.identity()));
    }

    /** The chain sweep, its image arm with {@code imageSet} after its base. */
    private Path chain(String imageSet) throws IOException {
        return write(CHAIN.replace(" IMAGE_SET", imageSet));
    }

    /** Writes a sweep file whose {@code SMOKE} and {@code IMAGE} are the shipped descriptors. */
    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "sweep-", ".yaml");
        Files.writeString(file, text.replace("SMOKE", Path.of("smoke.yaml").toAbsolutePath().toString())
                .replace("IMAGE", Path.of("image-pretrain.yaml").toAbsolutePath().toString()));
        return file;
    }
}
