package org.vfelab.core.memory;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.InferenceSession;
import org.nd4j.autodiff.samediff.internal.memory.AbstractMemoryMgr;
import org.nd4j.autodiff.samediff.internal.memory.ArrayCacheMemoryMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.LongShapeDescriptor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A SameDiff session memory manager that counts the bytes of the intermediate arrays alive during graph
 * execution and frees each array as soon as the session releases it.
 *
 * <p>Why: on CPU, ND4J's own counters read 0 and process RSS is dominated by arrays waiting for the garbage
 * collector (samediff-notes.md section 5), so neither says what a training step really needs. Counting at the
 * session's allocate/release calls gives the peak of live activation and gradient bytes, and closing released
 * arrays returns native memory at once instead of at the next GC, which keeps memory flat step after step.
 */
public final class CountingMemoryManager extends AbstractMemoryMgr {

    private final ArrayCacheMemoryMgr cache = new ArrayCacheMemoryMgr();
    private final Map<INDArray, Long> live = new IdentityHashMap<>();
    private long liveBytes;
    private long peakBytes;

    /**
     * Installs a new manager as the memory manager of {@code graph}'s session for the calling thread (the thread
     * that will execute the graph) and returns it.
     */
    public static CountingMemoryManager installOn(SameDiff graph) {
        CountingMemoryManager manager = new CountingMemoryManager();
        InferenceSession session = new InferenceSession(graph);
        session.setMmgr(manager);
        graph.getSessions().put(Thread.currentThread().getId(), session);
        return manager;
    }

    @Override
    public INDArray allocate(boolean detached, DataType dataType, long... shape) {
        return track(cache.allocate(detached, dataType, shape));
    }

    @Override
    public INDArray allocate(boolean detached, LongShapeDescriptor descriptor) {
        return allocate(detached, descriptor.dataType(), descriptor.getShape());
    }

    @Override
    public void release(INDArray array) {
        Long bytes = live.remove(array);
        if (bytes == null) {
            return;
        }
        liveBytes -= bytes;
        cache.release(array);
    }

    @Override
    public void close() {
        live.clear();
        liveBytes = 0;
        cache.close();
    }

    /**
     * Starts a new measurement window and frees what the last one left behind. The session never releases the
     * arrays it kept for the backward pass or handed out as outputs; once the caller is done with a step (it has
     * applied or closed the gradients), nothing refers to them any more, and closing them here returns their
     * memory now instead of whenever the garbage collector finalises their wrappers.
     */
    public void resetWindow() {
        for (INDArray array : live.keySet()) {
            if (!array.wasClosed() && array.closeable()) {
                array.close();
            }
        }
        live.clear();
        liveBytes = 0;
        peakBytes = 0;
    }

    /** The largest number of bytes that were alive at once since the last {@link #resetWindow()}. */
    public long peakBytes() {
        return peakBytes;
    }

    private INDArray track(INDArray array) {
        long bytes = array.length() * array.dataType().width();
        live.put(array, bytes);
        liveBytes += bytes;
        peakBytes = Math.max(peakBytes, liveBytes);
        return array;
    }
}
