package org.vfelab.experiments.trial;

import org.junit.jupiter.api.Test;
import org.vfelab.core.train.StepReport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {

    @Test
    void readsBackWhatTheProgressPrinterPrints() {
        StringWriter text = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text, true), 10, 32);
        for (int step = 1; step <= 20; step++) {
            printer.onStep(new StepReport(step, 200, 3.5 - step * 0.01, 1e-3, 0.5, 1L << 20, Map.of()));
        }

        ProgressLine last = ProgressLine.parse(text.toString().lines().reduce((a, b) -> b).orElseThrow())
                .orElseThrow();

        assertThat(last.step()).isEqualTo(20);
        assertThat(last.totalSteps()).isEqualTo(200);
        assertThat(last.loss()).isEqualTo(3.3);
        assertThat(last.etaSeconds()).isEqualTo(90);
    }

    @Test
    void otherLinesAreNotProgress() {
        assertThat(ProgressLine.parse("eval at step 100:  temporal T2V R@1 0.500")).isEmpty();
        assertThat(ProgressLine.parse("vfe: model: 242,369 parameters")).isEmpty();
    }
}
