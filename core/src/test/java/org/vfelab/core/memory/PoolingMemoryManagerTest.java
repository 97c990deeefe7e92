package org.vfelab.core.memory;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;

class PoolingMemoryManagerTest {

    @Test
    void thePeakIsTheLargestSumOfArraysAliveAtOnce() {
        PoolingMemoryManager memory = new PoolingMemoryManager();
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
    void aReleasedArrayServesTheNextRequestOfItsShapeAndTypeOnly() {
        PoolingMemoryManager memory = new PoolingMemoryManager();
        INDArray first = memory.allocate(false, DataType.FLOAT, 4, 8);
        long id = first.getId();
        memory.release(first);
        assertThat(memory.pooledBytes()).isEqualTo(128);

        assertThat(memory.allocate(false, DataType.FLOAT, 8, 4)).isNotSameAs(first);
        assertThat(memory.allocate(false, DataType.DOUBLE, 4, 8)).isNotSameAs(first);
        INDArray again = memory.allocate(false, DataType.FLOAT, 4, 8);

        assertThat(again).isSameAs(first);
        assertThat(again.getId()).as("a reused array gets a new id for SameDiff's trackers").isNotEqualTo(id);
        assertThat(memory.pooledBytes()).isZero();
    }

    @Test
    void aNewWindowForgetsThePeakAndKeepsWhatThePreviousStepLeftForTheNextStep() {
        PoolingMemoryManager memory = new PoolingMemoryManager();
        INDArray gradient = memory.allocate(false, DataType.FLOAT, 256);
        INDArray closedByCaller = memory.allocate(false, DataType.FLOAT, 64);
        closedByCaller.close();

        memory.resetWindow();

        assertThat(memory.peakBytes()).isZero();
        assertThat(memory.pooledBytes()).as("the closed array is dropped, the other kept").isEqualTo(1024);
        assertThat(memory.owns(gradient)).isFalse();
        assertThat(memory.allocate(false, DataType.FLOAT, 256)).isSameAs(gradient);
        assertThat(memory.peakBytes()).isEqualTo(1024);
    }

    @Test
    void releasingAnArrayItDidNotAllocateChangesNothing() {
        PoolingMemoryManager memory = new PoolingMemoryManager();
        memory.allocate(false, DataType.FLOAT, 8);
        memory.release(Nd4j.zeros(DataType.FLOAT, 1000));
        assertThat(memory.peakBytes()).isEqualTo(32);
        assertThat(memory.pooledBytes()).isZero();
    }

    @Test
    void closingFreesPooledAndLiveArrays() {
        PoolingMemoryManager memory = new PoolingMemoryManager();
        INDArray live = memory.allocate(false, DataType.FLOAT, 16);
        INDArray pooled = memory.allocate(false, DataType.FLOAT, 32);
        memory.release(pooled);

        memory.close();

        assertThat(live.wasClosed()).isTrue();
        assertThat(pooled.wasClosed()).isTrue();
        assertThat(memory.pooledBytes()).isZero();
    }

    @Test
    void releasingThePoolFreesOnlyWhatWaitsForReuseAndTheNextRequestAllocatesAfresh() {
        PoolingMemoryManager memory = new PoolingMemoryManager();
        INDArray live = memory.allocate(false, DataType.FLOAT, 16);
        INDArray pooled = memory.allocate(false, DataType.FLOAT, 32);
        memory.release(pooled);

        memory.releasePool();

        assertThat(pooled.wasClosed()).isTrue();
        assertThat(live.wasClosed()).isFalse();
        assertThat(memory.owns(live)).isTrue();
        assertThat(memory.pooledBytes()).isZero();
        assertThat(memory.allocate(false, DataType.FLOAT, 32)).isNotSameAs(pooled);
    }
}
