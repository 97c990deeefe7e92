package org.vfelab.experiments.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GemmRateTest {

    @Test
    void aShapesFlopsAreTwoMkn() {
        assertThat(new GemmShape(512, 192, 576).flops()).isEqualTo(2L * 512 * 192 * 576);
        assertThat(new GemmShape(4, 5, 6)).hasToString("4x5x6");
    }

    @Test
    void theRateIsAPositiveFiniteNumberAndNeedsACall() {
        double rate = GemmRate.gigaflops(new GemmShape(64, 64, 64), 5);

        assertThat(rate).isPositive().isFinite();
        assertThatThrownBy(() -> GemmRate.gigaflops(new GemmShape(8, 8, 8), 0)).hasMessageContaining("calls");
    }
}
