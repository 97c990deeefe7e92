package org.vfelab.tracking;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local journal of one handle on a run of a tracking server: a directory holding {@code journal.jsonl}, every
 * event the handle logged in order (one JSON object a line, see {@link JournalEvents}), {@code acked}, how many of
 * them the server has acknowledged, and {@code artifacts/}, the bytes of artifacts not yet uploaded. Events reach
 * the operating system before {@link #append} returns, so a JVM killed with {@code kill -9} loses none, and the
 * file is forced to disk at every event that is not a metric and at least every {@value #FORCE_EVERY} metrics.
 * While a process writes or sends a journal it holds the lock file {@code lock}, so {@code vfe runs sync} never
 * sends a journal that a live run is still sending.
 */
final class RunJournal implements AutoCloseable {
    static final String EVENTS = "journal.jsonl";
    static final String ACKED = "acked";
    private static final String LOCK = "lock";
    private static final String ARTIFACTS = "artifacts";
    private static final int FORCE_EVERY = 1000;

    private final Path dir;
    private final FileChannel events;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final List<ObjectNode> pending = new ArrayList<>();
    private long size;
    private long acked;
    private int unforcedMetrics;
    private boolean sealed;
    private boolean hurried;

    private RunJournal(Path dir, FileChannel lockChannel, FileLock lock, List<ObjectNode> read, long acked)
            throws IOException {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.events = FileChannel.open(dir.resolve(EVENTS), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        this.size = read.size();
        this.acked = Math.min(acked, read.size());
        this.pending.addAll(read.subList((int) this.acked, read.size()));
    }

    /** A new journal in a new directory under {@code root}, starting with {@code header}, which counts as sent. */
    static RunJournal create(Path root, String runId, ObjectNode header) {
        try {
            Files.createDirectories(root);
            Path dir = Files.createTempDirectory(root, runId + "-");
            FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            RunJournal journal = new RunJournal(dir, channel, channel.lock(), List.of(), 0);
            journal.append(header);
            journal.acknowledge(1);
            return journal;
        } catch (IOException e) {
            throw new TrackingException("cannot create a tracking journal under " + root + " (tracking.journal): "
                    + e, e);
        }
    }

    /** The journal in {@code dir}, locked for sending; empty while another process (or handle) holds it. */
    static Optional<RunJournal> open(Path dir) {
        try {
            FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException inThisJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            dropCutLine(dir.resolve(EVENTS));
            List<ObjectNode> read = JournalEvents.read(dir.resolve(EVENTS));
            Path ackedFile = dir.resolve(ACKED);
            long acked = Files.isRegularFile(ackedFile) ? Long.parseLong(Files.readString(ackedFile).strip()) : 0;
            return Optional.of(new RunJournal(dir, channel, lock, read, acked));
        } catch (IOException | NumberFormatException e) {
            throw new TrackingException("cannot read the tracking journal " + dir + ": " + e, e);
        }
    }

    /** Cuts off a last line that a crash left without its newline, so that new events start on a line of their own. */
    private static void dropCutLine(Path events) throws IOException {
        if (!Files.isRegularFile(events)) {
            return;
        }
        byte[] bytes = Files.readAllBytes(events);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        if (end < bytes.length) {
            try (FileChannel channel = FileChannel.open(events, StandardOpenOption.WRITE)) {
                channel.truncate(end);
            }
        }
    }

    Path directory() {
        return dir;
    }

    /** Appends an event, numbering it, and wakes the sender. */
    synchronized void append(ObjectNode event) {
        event.put("seq", size);
        byte[] line = (event.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                events.write(buffer);
            }
            boolean metric = JournalEvents.METRIC.equals(event.path("type").asText());
            unforcedMetrics = metric ? unforcedMetrics + 1 : 0;
            if (!metric || unforcedMetrics >= FORCE_EVERY) {
                events.force(false);
                unforcedMetrics = 0;
            }
        } catch (IOException e) {
            throw new TrackingException("cannot append to the tracking journal " + dir.resolve(EVENTS) + ": " + e, e);
        }
        size++;
        pending.add(event);
        notifyAll();
    }

    /** Stores an artifact's bytes in the journal and appends the event that uploads them. */
    synchronized void appendArtifact(String relativePath, byte[] content) {
        Path file = dir.resolve(ARTIFACTS).resolve(Long.toString(size));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new TrackingException("cannot write artifact '" + relativePath + "' to the tracking journal "
                    + dir + ": " + e, e);
        }
        append(JournalEvents.artifact(relativePath, dir.relativize(file).toString()));
    }

    /** The events not yet acknowledged, oldest first, at most {@code limit}. */
    synchronized List<ObjectNode> pending(int limit) {
        return List.copyOf(pending.subList(0, Math.min(limit, pending.size())));
    }

    /** Whether every event has been acknowledged. */
    synchronized boolean drained() {
        return pending.isEmpty();
    }

    synchronized long size() {
        return size;
    }

    /** Records that the server has the next {@code count} events, and frees the artifacts among them. */
    synchronized void acknowledge(int count) {
        List<ObjectNode> done = new ArrayList<>(pending.subList(0, count));
        pending.subList(0, count).clear();
        acked += count;
        AtomicFiles.write(dir.resolve(ACKED), Long.toString(acked).getBytes(StandardCharsets.UTF_8), dir);
        for (ObjectNode event : done) {
            if (JournalEvents.ARTIFACT.equals(event.path("type").asText())) {
                try {
                    Files.deleteIfExists(dir.resolve(event.path("file").asText()));
                } catch (IOException e) {
                    // An uploaded artifact's copy left behind costs disk space only; it is never sent again.
                }
            }
        }
        notifyAll();
    }

    /** Waits up to {@code millis} for a new event or {@link #seal}; returns whether events are pending. */
    synchronized boolean awaitPending(long millis) throws InterruptedException {
        if (pending.isEmpty() && !sealed) {
            wait(millis);
        }
        return !pending.isEmpty();
    }

    /**
     * Waits up to {@code millis} while fewer than {@code size} events are pending, so that a live run's points
     * travel in batches, unless the journal is sealed or {@link #hurry hurried}.
     */
    synchronized void awaitBatch(int size, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (pending.size() < size && !sealed && !hurried) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return;
            }
            wait(left);
        }
    }

    /** The run is ending: send what is pending without waiting for a fuller batch. */
    synchronized void hurry() {
        hurried = true;
        notifyAll();
    }

    /** No more events will come; the sender stops once it has sent them. */
    synchronized void seal() {
        sealed = true;
        notifyAll();
    }

    synchronized boolean sealed() {
        return sealed;
    }

    /** Releases the lock and the files; the directory stays, for {@code vfe runs sync} or as a record. */
    @Override
    public synchronized void close() {
        sealed = true;
        notifyAll();
        try {
            events.close();
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new TrackingException("cannot close the tracking journal " + dir + ": " + e, e);
        }
    }

}
