package org.vfelab.core.memory;

import org.bytedeco.javacpp.Pointer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Samples the process's resident set size from a daemon thread and keeps the peak. RSS is logged beside the
 * counted tensor bytes because it is what the operating system (and an OOM killer) sees, JVM heap included.
 */
public final class ResidentMemorySampler implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 5;
    private static final Path PROCESS_STATUS = Path.of("/proc/self/status");
    private static final long KILOBYTE = 1024;

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

    /**
     * The process's peak RSS since it started (Linux's {@code VmHWM}), which covers memory taken before any
     * sampler ran, e.g. by a batch that failed to allocate; elsewhere the RSS right now.
     */
    public static long peakSinceStartBytes() {
        // Not Linux, or an unexpected format: the current RSS is the best lower bound there is.
        return peakOf(PROCESS_STATUS).orElseGet(ResidentMemorySampler::currentBytes);
    }

    /**
     * The peak RSS of another process on this machine (Linux's {@code VmHWM} of {@code /proc/PID/status}), e.g. a
     * sweep's trial JVM as its runner sees it; empty where that cannot be read (not Linux, or the process ended).
     */
    public static OptionalLong peakOfProcess(long pid) {
        return peakOf(Path.of("/proc", Long.toString(pid), "status"));
    }

    private static OptionalLong peakOf(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * KILOBYTE);
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
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
