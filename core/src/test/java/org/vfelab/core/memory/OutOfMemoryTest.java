package org.vfelab.core.memory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutOfMemoryTest {

    @Test
    void allocationFailuresAreRecognisedThroughTheirCauses() {
        assertThat(OutOfMemory.isCause(new OutOfMemoryError("Java heap space"))).isTrue();
        assertThat(OutOfMemory.isCause(new RuntimeException("op failed",
                new RuntimeException("cudaErrorMemoryAllocation: out of memory")))).isTrue();
        assertThat(OutOfMemory.isCause(new IllegalStateException("Failed to allocate 4096 bytes"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(OutOfMemory.isCause(new IllegalArgumentException("shape mismatch [2, 3] vs [3, 2]"))).isFalse();
        assertThat(OutOfMemory.isCause(new RuntimeException((String) null))).isFalse();
    }
}
