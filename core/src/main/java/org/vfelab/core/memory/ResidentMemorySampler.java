package org.vfelab.core.memory;

import org.bytedeco.javacpp.Pointer;

/**
 * Samples the process's resident set size from a daemon thread and keeps the peak. RSS is logged beside the
 * counted tensor bytes because it is what the operating system (and an OOM killer) sees, JVM heap included.
 */
public final class ResidentMemorySampler implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 5;

    private final Thread thread;
    private volatile long peakBytes;
    private volatile boolean running = true;

    private ResidentMemorySampler() {
        thread = new Thread(this::sample, "rss-sampler");
        thread.setDaemon(true);
    }

    /** Starts sampling now. */
    public static ResidentMemorySampler start() {
        ResidentMemorySampler sampler = new ResidentMemorySampler();
        sampler.peakBytes = Pointer.physicalBytes();
        sampler.thread.start();
        return sampler;
    }

    /** The largest RSS seen since start, in bytes. */
    public long peakBytes() {
        return Math.max(peakBytes, Pointer.physicalBytes());
    }

    /** The RSS right now, in bytes. */
    public static long currentBytes() {
        return Pointer.physicalBytes();
    }

    private void sample() {
        while (running) {
            peakBytes = Math.max(peakBytes, Pointer.physicalBytes());
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
