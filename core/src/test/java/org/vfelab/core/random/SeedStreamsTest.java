package org.vfelab.core.random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeedStreamsTest {

    @Test
    void streamsAreReproducibleAndIndependent() {
        assertThat(SeedStreams.derive(7, "mask", 3)).isEqualTo(SeedStreams.derive(7, "mask", 3))
                .isNotEqualTo(SeedStreams.derive(7, "mask", 4))
                .isNotEqualTo(SeedStreams.derive(7, "data", 3))
                .isNotEqualTo(SeedStreams.derive(8, "mask", 3));
        assertThat(SeedStreams.stream(7, "mask", 3).nextLong()).isEqualTo(SeedStreams.stream(7, "mask", 3).nextLong());
    }
}
