package org.vfelab.reports.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SummaryTest {

    @Test
    void threeSeedsGiveTheStudentTInterval() {
        // mean 0.6, sample sd 0.1, t(0.975, 2) = 4.302653: half-width 4.302653 * 0.1 / sqrt(3) = 0.248414
        Summary summary = Summary.of(List.of(0.5, 0.6, 0.7));

        assertThat(summary.n()).isEqualTo(3);
        assertThat(summary.mean()).isCloseTo(0.6, within(1e-12));
        assertThat(summary.halfWidth95()).isCloseTo(0.248414, within(1e-6));
        assertThat(summary.render(3)).isEqualTo("0.600 ± 0.248");
    }

    @Test
    void oneSeedHasNoIntervalAndNaNsAreLeftOut() {
        Summary summary = Summary.of(List.of(0.42, Double.NaN));

        assertThat(summary.n()).isEqualTo(1);
        assertThat(summary.halfWidth95()).isNaN();
        assertThat(summary.render(2)).isEqualTo("0.42");
        assertThat(Summary.of(List.of()).n()).isZero();
    }
}
