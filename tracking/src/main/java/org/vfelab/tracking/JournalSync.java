package org.vfelab.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Completes run journals that a process could not deliver ({@code vfe runs sync}), like {@code wandb sync} does for
 * offline runs: what the server has not acknowledged is sent to the same run id, in order, the first metric batch
 * checked against the server's history (the process may have died mid-request). A journal whose process died
 * without closing it (a JVM killed with {@code kill -9}) gets the caller's "killed" tags and the status KILLED,
 * unless someone else (a sweep runner) has ended the run meanwhile. A journal is only read while no process holds
 * it, and a synced journal has nothing left to send, so syncing twice sends nothing the second time.
 */
public final class JournalSync {

    /** One journal, as {@code vfe runs list-unsynced} shows it. */
    public record Journal(Path directory, String runId, String server, long events, long acknowledged,
                          boolean closed, boolean inUse) {
        /** Whether anything is left to do: events to send, or a run whose process died before closing it. */
        public boolean unsynced() {
            return acknowledged < events || !closed;
        }
    }

    /** What a sync did: the events sent and whether the run was recorded as killed. */
    public record Result(Path directory, String runId, long sent, boolean markedKilled) {
    }

    private JournalSync() {
    }

    /** Every journal directly under {@code root}, oldest first; empty when there is no such directory. */
    public static List<Journal> journals(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Journal> journals = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve(RunJournal.EVENTS)))
                    .sorted(Comparator.comparing(JournalSync::modified)).toList()) {
                journals.add(describe(dir));
            }
        } catch (IOException e) {
            throw new TrackingException("cannot list the tracking journals in " + root + ": " + e, e);
        }
        return journals;
    }

    /** The journals under {@code root} that hold records a server has not acknowledged, oldest first. */
    public static List<Journal> unsynced(Path root) {
        return journals(root).stream().filter(Journal::unsynced).toList();
    }

    /** What {@code dir} holds, read without taking its lock. */
    public static Journal describe(Path dir) {
        try {
            List<ObjectNode> events = JournalEvents.read(dir.resolve(RunJournal.EVENTS));
            Path ackedFile = dir.resolve(RunJournal.ACKED);
            long acked = Files.isRegularFile(ackedFile) ? Long.parseLong(Files.readString(ackedFile).strip()) : 0;
            JsonNode header = events.isEmpty() ? JournalEvents.closed() : events.get(0);
            boolean closed = events.stream().anyMatch(e -> JournalEvents.CLOSED.equals(JournalEvents.type(e)));
            boolean inUse = RunJournal.open(dir).map(journal -> {
                journal.close();
                return false;
            }).orElse(true);
            return new Journal(dir, header.path("run_id").asText("?"), header.path("server").asText("?"),
                    events.size(), acked, closed, inUse);
        } catch (IOException | NumberFormatException e) {
            throw new TrackingException("cannot read the tracking journal " + dir + ": " + e, e);
        }
    }

    /**
     * Sends what is left of the journal in {@code dir} to its server, or to {@code server} when given (the same
     * store under another address), retrying for {@code options.retryFor()}.
     *
     * @param killedTags the tags that record a run whose process died (outcome and reason)
     * @throws TrackingException when the journal is in use, unreadable, or cannot be delivered in time
     */
    public static Result sync(Path dir, Optional<URI> server, ServerOptions options, Map<String, String> killedTags) {
        RunJournal journal = RunJournal.open(dir).orElseThrow(() -> new TrackingException("the tracking journal "
                + dir + " is in use by a running vfe process; sync it when that process has ended"));
        try {
            List<ObjectNode> all = JournalEvents.read(dir.resolve(RunJournal.EVENTS));
            if (all.isEmpty()) {
                throw new TrackingException("the tracking journal " + dir + " names no run (its process died while "
                        + "creating it); nothing to sync, delete it");
            }
            JsonNode header = all.get(0);
            String runId = header.path("run_id").asText();
            URI target = server.orElse(URI.create(header.path("server").asText()));
            MlflowHttp rest = new MlflowHttp(target, options.connectTimeout(), options.requestTimeout());
            long before = journal.size() - journal.pending(Integer.MAX_VALUE).size();
            boolean killed = false;
            if (all.stream().noneMatch(e -> JournalEvents.CLOSED.equals(JournalEvents.type(e)))) {
                killed = ownedRunning(all) && stillRunning(rest, runId, options);
                if (killed) {
                    killedTags.forEach((key, value) -> journal.append(JournalEvents.tag(key, value)));
                    journal.append(JournalEvents.status(RunStatus.KILLED, System.currentTimeMillis()));
                }
                journal.append(JournalEvents.closed());
            }
            journal.seal();
            Delivery delivery = new Delivery(rest, runId, new ArtifactProxy(rest, header.path("artifact_uri")
                    .asText()), dir);
            JournalSender sender = new JournalSender(journal, delivery, options.retryFor(), Duration.ZERO, true,
                    options.notices());
            sender.run();
            if (sender.stoppedBy().isPresent()) {
                throw new TrackingException("could not sync " + dir + ": " + sender.stoppedBy().get().getMessage(),
                        sender.stoppedBy().get());
            }
            return new Result(dir, runId, journal.size() - before, killed);
        } catch (IOException e) {
            throw new TrackingException("cannot read the tracking journal " + dir + ": " + e, e);
        } finally {
            journal.close();
        }
    }

    /**
     * The last value of tag {@code key} that any journal under {@code root} logged for run {@code runId}, sent or
     * not: what a trial recorded about itself while its server was away.
     */
    public static Optional<String> lastTag(Path root, String runId, String key) {
        Optional<String> value = Optional.empty();
        for (Journal journal : journals(root)) {
            if (!journal.runId().equals(runId)) {
                continue;
            }
            try {
                for (ObjectNode event : JournalEvents.read(journal.directory().resolve(RunJournal.EVENTS))) {
                    if (JournalEvents.TAG.equals(JournalEvents.type(event)) && key.equals(event.path("key").asText())) {
                        value = Optional.of(event.path("value").asText());
                    }
                }
            } catch (IOException e) {
                throw new TrackingException("cannot read the tracking journal " + journal.directory() + ": " + e, e);
            }
        }
        return value;
    }

    /** Whether the handle that wrote the journal had the run RUNNING when it stopped writing. */
    private static boolean ownedRunning(List<ObjectNode> events) {
        String status = events.get(0).path("run_status").asText();
        for (ObjectNode event : events) {
            if (JournalEvents.STATUS.equals(JournalEvents.type(event))) {
                status = event.path("status").asText();
            }
        }
        return RunStatus.RUNNING.name().equals(status);
    }

    private static boolean stillRunning(MlflowHttp rest, String runId, ServerOptions options) {
        return new RestCalls(options.withRetryFirstContact(true)).call(() -> RestRuns.active(rest, runId,
                "check whether run " + runId + " is still running")).map(run -> RestRuns.status(run.path("info"))
                == RunStatus.RUNNING).orElse(false);
    }

    private static long modified(Path dir) {
        try {
            return Files.getLastModifiedTime(dir.resolve(RunJournal.EVENTS)).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
