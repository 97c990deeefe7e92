package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vfe reproduce} through the real CLI, on two tiny stand-ins for the shipped findings sweeps. */
@Tag("integration")
class ReproduceCommandTest {

    private static final String SMOKE_BASE = Path.of("smoke.yaml").toAbsolutePath().toString();
    /** Two training steps on 16 evaluation clips: every run stays near chance (1/16), far below the 10x bar. */
    private static final String TINY = "set: {training.steps: 2, training.warmup_steps: 1, training.log_every: 1, "
            + "data.train_clips: 64, data.eval_clips: 16, evaluation.frame_shuffle_check: false, "
            + "tracking.log_checkpoint: false}\n";

    @TempDir
    Path dir;

    @Test
    void runsTheFindingsSweepsResumablyReusingSharedTrialsAndJudgesRunsAtChanceAsNotEnoughEvidence() throws Exception {
        Path sweeps = Files.createDirectories(dir.resolve("sweeps"));
        Files.writeString(sweeps.resolve("scale-ladder.yaml"), "name: reproduce-ladder\nbase: " + SMOKE_BASE + "\n"
                + TINY + "axes:\n  sampling.mask_ratio: [0.0, 0.75]\n");
        Files.writeString(sweeps.resolve("fig3-base-to-large.yaml"), "name: reproduce-fig3\nbase: " + SMOKE_BASE
                + "\n" + TINY + "arms:\n  - {label: joint, set: {model.backbone.type: joint}}\n");
        Path store = dir.resolve("mlruns");
        Path out = dir.resolve("out");
        String[] args = {"reproduce", "--only", "F1,F4", "--sweeps", sweeps.toString(), "--out", out.toString(),
            "--tracking-uri", store.toString(), "--max-parallel", "2"};

        CliRunner first = CliRunner.run(args);

        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("[1/2] scale-ladder.yaml for F1", "[2/2] fig3-base-to-large.yaml for F4",
                "report of 2 findings", "vfe: 2 to run, 0 finished before, on",
                "vfe: 0 to run, 0 finished before, 1 reused from other sweeps, on", "reused from reproduce-ladder/");
        String report = Files.readString(out.resolve("report.md"));
        assertThat(report).contains("## Paper vs vfe-lab", "| F1 | Fig. 2 (ViT-B): joint loses about 1 % R@1",
                "+0.000 (no test, 1 seed) | 64 tokens | not enough evidence | reproduce-ladder |", "did not learn",
                "the chance level its evaluation sets measured): these runs did not learn", "[reproduce-ladder report](reproduce-ladder/report.md)")
                .doesNotContain("| not supported |");
        assertThat(out.resolve("reproduce-ladder/report.md")).isRegularFile();
        assertThat(out.resolve("reproduce-fig3/results.csv")).isRegularFile();

        CliRunner again = CliRunner.run(args);

        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).contains("0 to run, 2 finished before", "0 to run, 1 finished before");
    }

    @Test
    void anUnknownFindingOrAMissingSweepFolderIsABadInputNamingIt() {
        CliRunner unknown = CliRunner.run("reproduce", "--only", "F7", "--report-only");
        CliRunner missing = CliRunner.run("reproduce", "--sweeps", dir.resolve("none").toString(), "--report-only");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("--only F7: no such finding; the findings are F1, F4, F2, F3, F5, F6");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("none/scale-ladder.yaml not found; run from the repository root or give "
                + "--sweeps DIR");
    }
}
