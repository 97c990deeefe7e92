package org.vfelab.core.memory;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import static org.assertj.core.api.Assertions.assertThat;

class CountingMemoryManagerTest {

    @Test
    void thePeakIsTheLargestSumOfArraysAliveAtOnce() {
        CountingMemoryManager memory = new CountingMemoryManager();
        INDArray a = memory.allocate(false, DataType.FLOAT, 10, 10);   // 400 bytes
        INDArray b = memory.allocate(false, DataType.DOUBLE, 50);      // 400 bytes: 800 alive
        memory.release(a);                                              // 400 alive
        INDArray c = memory.allocate(false, DataType.FLOAT, 50);       // 200 bytes: 600 alive
        assertThat(memory.peakBytes()).isEqualTo(800);
        memory.release(b);
        memory.release(c);
        assertThat(memory.peakBytes()).isEqualTo(800);
    }

    @Test
    void aNewWindowForgetsThePeakAndFreesWhatThePreviousStepLeftBehind() {
        CountingMemoryManager memory = new CountingMemoryManager();
        INDArray keptForBackward = memory.allocate(false, DataType.FLOAT, 256);
        INDArray closedByCaller = memory.allocate(false, DataType.FLOAT, 256);
        closedByCaller.close();

        memory.resetWindow();

        assertThat(memory.peakBytes()).isZero();
        assertThat(keptForBackward.wasClosed()).isTrue();
        memory.allocate(false, DataType.FLOAT, 4);
        assertThat(memory.peakBytes()).isEqualTo(16);
    }

    @Test
    void releasingAnArrayItDidNotAllocateChangesNothing() {
        CountingMemoryManager memory = new CountingMemoryManager();
        memory.allocate(false, DataType.FLOAT, 8);
        memory.release(org.nd4j.linalg.factory.Nd4j.zeros(DataType.FLOAT, 1000));
        assertThat(memory.peakBytes()).isEqualTo(32);
    }
}
