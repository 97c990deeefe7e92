package org.vfelab.experiments.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.spec.SpecException;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sweep files are read by the descriptor's strict reader: the same positions, messages and "did you mean". */
class SweepFilesTest {
    @TempDir
    Path dir;

    @Test
    void aMisspeltKeyGetsItsLineAndASuggestion() throws Exception {
        Path sweep = Files.writeString(dir.resolve("s.yaml"), "base: ../smoke.yaml\nseed: [7, 8]\narms:\n"
                + "  - {label: a, sett: {seed: 3}}\n");

        assertThatThrownBy(() -> SweepFiles.load(sweep)).isInstanceOf(SpecException.class)
                .hasMessageContaining(sweep + ":2:1: seed: unknown key 'seed' (did you mean 'seeds'?)")
                .hasMessageContaining(sweep + ":4:16: arms[0].sett: unknown key 'sett' (did you mean 'set'?)");
    }

    @Test
    void badSyntaxAndAMissingFileAreReportedAsForADescriptor() throws Exception {
        Path broken = Files.writeString(dir.resolve("b.yaml"), "base: x.yaml\narms: [\n");

        assertThatThrownBy(() -> SweepFiles.load(broken)).isInstanceOf(SpecException.class)
                .hasMessageContaining(broken + ":3:1: invalid YAML:");
        assertThatThrownBy(() -> SweepFiles.load(dir.resolve("none.yaml"))).isInstanceOf(SpecException.class)
                .hasMessageContaining("none.yaml: file not found");
    }

    @Test
    void anEmptyFileIsNotASweep() throws Exception {
        Path empty = Files.writeString(dir.resolve("e.yaml"), "");

        assertThatThrownBy(() -> SweepFiles.load(empty)).isInstanceOf(SpecException.class)
                .hasMessageContaining("expected a mapping of sweep keys");
    }
}
