package org.vfelab.experiments.sweep;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vfelab.spec.SpecException;
import org.vfelab.experiments.cli.VfeCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Tag("integration")
class SweepPlanTest {

    @TempDir
    Path dir;

    /** Every sweep file shipped in sweeps/, by name. */
    static List<String> shippedSweeps() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sweeps"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length())).sorted().toList();
        }
    }

    @Test
    void everyPaperSweepIsShipped() throws IOException {
        assertThat(shippedSweeps()).containsExactly("fig2-backbones-masking", "fig3-base-to-large", "fig4-samplers",
                "long-video", "scale-ladder", "smoke-sweep", "table1");
    }

    /** The expansion of every shipped sweep is frozen in a golden file; a changed default shows up here. */
    @ParameterizedTest
    @MethodSource("shippedSweeps")
    void theShippedSweepsExpandAsTheirGoldenFiles(String name) throws IOException {
        StringWriter out = new StringWriter();
        int exit = VfeCommand.commandLine().setOut(new PrintWriter(out))
                .execute("sweep", "plan", "sweeps/" + name + ".yaml");

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/" + name
                + ".plan.txt")));
    }

    @Test
    void axesExpandAsAProductWithZipGroupsMovingTogether() {
        List<Arm> arms = Grid.arms(Map.of("model.backbone.type", List.of("joint", "frame-avg")),
                List.of(Map.of("model.preset", List.of("tiny", "small"))), "{model.backbone.type} {model.preset}");

        assertThat(arms).extracting(Arm::label).containsExactly("joint tiny", "joint small", "frame-avg tiny",
                "frame-avg small");
        assertThat(arms.get(1).overrides()).containsExactly("model.backbone.type=joint", "model.preset=small");
    }

    @Test
    void seedsRepeatEveryArmAndEachTrialResolvesItsSpec() throws IOException {
        Path sweep = write("base: BASE\nseeds: [1, 2]\narms:\n  - {label: a, set: {sampling.mask_ratio: 0.5}}\n");
        List<PlannedTrial> trials = SweepPlan.expand(SweepFiles.load(sweep));

        assertThat(trials).extracting(PlannedTrial::label).containsExactly("a seed=1", "a seed=2");
        assertThat(trials.get(1).spec().seed()).isEqualTo(2);
        assertThat(trials.get(1).spec().sampling().maskRatio()).isEqualTo(0.5);
        assertThat(trials.get(0).key()).isNotEqualTo(trials.get(1).key());
    }

    @Test
    void aBadSweepFileReportsEveryProblemWithItsLine() throws IOException {
        Path sweep = write("""
                bse: x.yaml
                arms:
                  - {set: {sampling.mask_ratio: 0.5}}
                axes: {sampling.mask_ratio: [0.1]}
                """);

        assertThatThrownBy(() -> SweepFiles.load(sweep)).isInstanceOf(SpecException.class)
                .hasMessageContaining(sweep + ":1:1: bse: unknown key")
                .hasMessageContaining("base: missing")
                .hasMessageContaining("give either arms or axes");
    }

    @Test
    void anArmWithAnUnknownDescriptorKeyIsNamed() throws IOException {
        Path sweep = write("base: BASE\narms:\n  - {label: typo, set: {sampling.mask_ration: 0.5}}\n");

        assertThatThrownBy(() -> SweepPlan.expand(SweepFiles.load(sweep))).isInstanceOf(SpecException.class)
                .hasMessageContaining("arm 'typo'").hasMessageContaining("mask_ration");
    }

    @Test
    void twoArmsThatResolveToTheSameTrialAreRefused() throws IOException {
        Path sweep = write("base: BASE\narms:\n  - {label: a, set: {seed: 7}}\n  - {label: b}\n");

        assertThatThrownBy(() -> SweepPlan.expand(SweepFiles.load(sweep)))
                .hasMessageContaining("'b' resolves to the same trial as 'a'");
    }

    /** Writes a sweep file whose {@code BASE} is the smoke descriptor. */
    private Path write(String text) throws IOException {
        Path file = dir.resolve("sweep.yaml");
        Files.writeString(file, text.replace("BASE", Path.of("smoke.yaml").toAbsolutePath().toString()));
        return file;
    }
}
