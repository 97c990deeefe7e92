package org.vfelab.experiments.runner;

import org.junit.jupiter.api.Test;
import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.trial.ProgressLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoardTest {

    private static final PlannedTrial FIRST = new PlannedTrial("joint mask 0.5", "joint mask 0.5", null, List.of(),
            null, "k1", List.of());
    private static final PlannedTrial SECOND = new PlannedTrial("lora", "lora", null, List.of(), null, "k2", List.of());

    @Test
    void theLiveTableRedrawsInPlaceWithEachTrialsState() {
        StringWriter text = new StringWriter();
        try (SweepBoard board = SweepBoard.of(new PrintWriter(text), true, List.of(FIRST, SECOND))) {
            board.started(FIRST, "cuda:1");
            board.progress(FIRST, new ProgressLine(40, 100, 2.5, 75));
            board.ended(new TrialEnd(SECOND, TrainingOutcome.OOM, "no memory", "cuda:0", Duration.ofSeconds(61)));
        }

        String[] frames = text.toString().split("\u001b\\[\\d+A\r\u001b\\[J");
        String last = frames[frames.length - 1];
        assertThat(frames.length).isGreaterThan(1);
        assertThat(last).contains("trial", "arm", "device", "state", "step", "loss", "ETA");
        assertThat(last.lines().filter(line -> line.contains("joint mask 0.5")).findFirst().orElseThrow())
                .contains("cuda:1", "running", "40/100", "2.5000", "1:15");
        assertThat(last.lines().filter(line -> line.contains("lora")).findFirst().orElseThrow())
                .contains("cuda:0", "oom", "took 1:01");
    }

    @Test
    void withoutATerminalEachEventIsOnePlainLine() {
        StringWriter text = new StringWriter();
        try (SweepBoard board = SweepBoard.of(new PrintWriter(text), false, List.of(FIRST, SECOND))) {
            board.started(FIRST, "cpu");
            board.progress(FIRST, new ProgressLine(40, 100, 2.5, 75));
            board.ended(new TrialEnd(FIRST, TrainingOutcome.FINISHED, "", "cpu", Duration.ofSeconds(5)));
        }

        assertThat(text.toString()).doesNotContain("\u001b").isEqualTo(String.join(System.lineSeparator(),
                "[1/2] joint mask 0.5: started on cpu", "[1/2] joint mask 0.5: step 40/100  loss 2.5000  ETA 1:15",
                "[1/2] joint mask 0.5: finished after 0:05", ""));
    }
}
