package org.vfelab.core.memory;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.InferenceSession;
import org.nd4j.autodiff.samediff.internal.memory.AbstractMemoryMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.BaseNDArray;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.LongShapeDescriptor;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A SameDiff session memory manager that keeps the arrays a step released for the next step, and counts the bytes
 * alive while the graph runs.
 *
 * <p>Why pooling: a training step allocates the same arrays, shape for shape, every time. Freeing them and asking
 * for fresh ones made most of a step at hundreds of tokens page faults: glibc serves blocks over 32 MB with
 * mmap/munmap, so every step faulted its attention scores in again (a tiny-preset step at 512 tokens spent 4.6 of
 * its 5.5 s between ops). Reusing the arrays keeps their pages mapped. SameDiff's own {@code ArrayCacheMemoryMgr}
 * caps its cache at a quarter of JavaCPP's byte limit (512 MB at {@code -Xmx2g}) and closes what does not fit.
 *
 * <p>Why counting: on CPU, ND4J's own counters read 0 and process RSS includes the pool, so neither says what a step
 * needs. {@link #peakBytes()} is the peak of bytes handed out and not yet released (what the step needs);
 * {@link #pooledBytes()} is what the pool keeps besides, so the two are reported apart.
 */
public final class PoolingMemoryManager extends AbstractMemoryMgr {

    private final Map<ArrayKey, ArrayDeque<INDArray>> pool = new HashMap<>();
    private final Map<INDArray, ArrayKey> live = new IdentityHashMap<>();
    private long liveBytes;
    private long peakBytes;
    private long pooledBytes;

    /**
     * Installs a new manager as the memory manager of {@code graph}'s session for the calling thread (the thread
     * that will execute the graph) and returns it. The session also remembers which ops each set of requested
     * outputs needs ({@link RepeatingSession}).
     */
    public static PoolingMemoryManager installOn(SameDiff graph) {
        PoolingMemoryManager manager = new PoolingMemoryManager();
        InferenceSession session = new RepeatingSession(graph);
        session.setMmgr(manager);
        graph.getSessions().put(Thread.currentThread().getId(), session);
        return manager;
    }

    @Override
    public INDArray allocate(boolean detached, DataType dataType, long... shape) {
        return allocate(new ArrayKey(dataType, 'c', shape));
    }

    @Override
    public INDArray allocate(boolean detached, LongShapeDescriptor descriptor) {
        if (descriptor.isEmpty()) {
            return Nd4j.create(descriptor);
        }
        return allocate(new ArrayKey(descriptor.dataType(), descriptor.getOrder(), descriptor.getShape()));
    }

    @Override
    public void release(INDArray array) {
        ArrayKey key = live.remove(array);
        if (key == null) {
            return;
        }
        liveBytes -= key.bytes();
        keep(array, key);
    }

    /** Closes every array, pooled or alive. */
    @Override
    public void close() {
        live.keySet().forEach(PoolingMemoryManager::closeQuietly);
        live.clear();
        liveBytes = 0;
        releasePool();
    }

    /**
     * Starts a new measurement window and takes back what the last one left alive. The session never releases the
     * outputs it handed out (loss, gradients, embeddings); once the caller is done with a step, nothing refers to
     * them any more and they serve the next step. An array the caller closed is dropped.
     */
    public void resetWindow() {
        live.forEach(this::keep);
        live.clear();
        liveBytes = 0;
        peakBytes = 0;
    }

    /**
     * Closes the arrays kept for reuse, not those in use. Once training stops, even for an evaluation, the pool is
     * only weight: it holds about one step's activations while the evaluation graph allocates its own. At ViT-L with
     * 1,024 tokens a clip the two together passed the machine's limit after the last training step had run.
     */
    public void releasePool() {
        pool.values().forEach(arrays -> arrays.forEach(PoolingMemoryManager::closeQuietly));
        pool.clear();
        pooledBytes = 0;
    }

    /** Whether {@code array} came from this manager and is still in use: it returns to the pool, not to the OS. */
    public boolean owns(INDArray array) {
        return live.containsKey(array);
    }

    /** The largest number of bytes that were alive at once since the last {@link #resetWindow()}. */
    public long peakBytes() {
        return peakBytes;
    }

    /** Bytes of released arrays kept for reuse (resident, but not needed until the next allocation of their shape). */
    public long pooledBytes() {
        return pooledBytes;
    }

    private INDArray allocate(ArrayKey key) {
        ArrayDeque<INDArray> reusable = pool.get(key);
        INDArray array = reusable == null ? null : reusable.poll();
        long bytes = key.bytes();
        if (array != null) {
            pooledBytes -= bytes;
            // A new id, so SameDiff's trackers, keyed by id, see a new array.
            ((BaseNDArray) array).assignNewId();
        } else {
            array = Nd4j.createUninitializedDetached(key.dataType(), key.order(), key.shape());
        }
        live.put(array, key);
        liveBytes += bytes;
        peakBytes = Math.max(peakBytes, liveBytes);
        return array;
    }

    private void keep(INDArray array, ArrayKey key) {
        if (array.wasClosed()) {
            return;
        }
        pool.computeIfAbsent(key, k -> new ArrayDeque<>()).push(array);
        pooledBytes += key.bytes();
    }

    private static void closeQuietly(INDArray array) {
        if (!array.wasClosed() && array.closeable()) {
            array.close();
        }
    }

    /** The pool's key: arrays are reused only for exactly the same type, order and shape. */
    private record ArrayKey(DataType dataType, char order, long[] shape) {

        long bytes() {
            long length = 1;
            for (long size : shape) {
                length *= size;
            }
            return length * dataType.width();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ArrayKey key && key.dataType == dataType && key.order == order
                    && Arrays.equals(key.shape, shape);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * dataType.hashCode() + order) + Arrays.hashCode(shape);
        }
    }
}
