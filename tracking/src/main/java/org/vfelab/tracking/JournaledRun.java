package org.vfelab.tracking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run on an MLflow tracking server whose every call is first appended to a local {@link RunJournal} and then
 * delivered by a {@link JournalSender} thread, so training never waits on the server and loses nothing while the
 * server is away. {@link #end} waits until the server has everything (bounded by {@code tracking.retry_for}), and
 * fails, naming the journal, when it could not be given everything; {@code vfe runs sync} sends the rest later.
 * Params are journaled {@value Delivery#MAX_PARAMS_PER_BATCH} per event, MLflow's limit per request.
 */
final class JournaledRun implements TrackedRun {
    private final RunJournal journal;
    private final JournalSender sender;
    private final Thread thread;
    private final String runId;
    private final String experimentId;
    private final String artifactUri;
    private final ServerOptions options;
    /** The run's status as this handle last set or read it, so {@link #close} leaves an ended run alone. */
    private RunStatus status;
    /** Whether {@link #end} or {@link #close} was called since the handle was opened or reopened. */
    private boolean ended;
    private boolean closed;
    private boolean reported;

    JournaledRun(RunJournal journal, Delivery delivery, String runId, String experimentId, String artifactUri,
                 RunStatus status, ServerOptions options) {
        this.journal = journal;
        this.runId = runId;
        this.experimentId = experimentId;
        this.artifactUri = artifactUri;
        this.status = status;
        this.options = options;
        this.sender = new JournalSender(journal, delivery, options.retryFor(), options.linger(), false,
                options.notices());
        this.thread = new Thread(sender, "vfe-tracking-" + runId);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public String experimentId() {
        return experimentId;
    }

    @Override
    public String artifactUri() {
        return artifactUri;
    }

    @Override
    public synchronized void logParams(Map<String, String> params) {
        checkOpen();
        List<Map.Entry<String, String>> all = new ArrayList<>(params.entrySet());
        for (int from = 0; from < all.size(); from += Delivery.MAX_PARAMS_PER_BATCH) {
            Map<String, String> batch = new LinkedHashMap<>();
            all.subList(from, Math.min(all.size(), from + Delivery.MAX_PARAMS_PER_BATCH))
                    .forEach(entry -> batch.put(EntityKeys.check("param", entry.getKey()), entry.getValue()));
            journal.append(JournalEvents.params(batch));
        }
    }

    @Override
    public synchronized void logMetric(String key, double value, long step) {
        checkOpen();
        journal.append(JournalEvents.metric(EntityKeys.check("metric", key), value, System.currentTimeMillis(),
                step));
    }

    @Override
    public synchronized void setTag(String key, String value) {
        checkOpen();
        journal.append(JournalEvents.tag(EntityKeys.check("tag", key), value));
    }

    @Override
    public synchronized void logArtifact(String relativePath, byte[] content) {
        checkOpen();
        journal.appendArtifact(EntityKeys.checkArtifactPath(relativePath), content);
    }

    @Override
    public synchronized void end(RunStatus terminal) {
        if (!terminal.isTerminal()) {
            throw new IllegalArgumentException("a run ends FINISHED, FAILED or KILLED, not " + terminal);
        }
        if (ended) {
            return;
        }
        ended = true;
        status = terminal;
        journal.append(JournalEvents.status(terminal, System.currentTimeMillis()));
        awaitDelivery("end run " + runId + " as " + terminal);
    }

    /**
     * MLflow's {@code runs/update} with status RUNNING and no end time, as its {@code start_run(run_id)} does; waits
     * (like {@link #end}) until the server has it, so that a search right after sees the run running.
     */
    @Override
    public synchronized void reopen() {
        if (closed) {
            throw new IllegalStateException("run " + runId + ": this handle is closed; attach to the run again");
        }
        journal.append(JournalEvents.status(RunStatus.RUNNING, 0));
        status = RunStatus.RUNNING;
        ended = false;
        reported = false;
        awaitDelivery("reopen run " + runId);
        reported = false;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            if (!ended && status == RunStatus.RUNNING) {
                end(RunStatus.FAILED);
            } else {
                ended = true;
                awaitDelivery("close run " + runId);
            }
        } finally {
            closed = true;
            journal.append(JournalEvents.closed());
            journal.seal();
            try {
                thread.join(options.requestTimeout().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            journal.close();
        }
    }

    /**
     * Waits for the sender; says so when the server had everything only after an outage, fails when it has not. Each
     * end reports once, so closing a handle whose end failed does not fail again.
     */
    private void awaitDelivery(String action) {
        boolean sent;
        try {
            sent = sender.awaitSent();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sent = false;
        }
        if (reported) {
            return;
        }
        reported = true;
        if (!sent) {
            String why = sender.stoppedBy().map(Throwable::getMessage).orElse("interrupted");
            throw new TrackingException("could not " + action + " on the tracking server, which has not got "
                    + "everything (" + why + "); the journal " + journal.directory() + " keeps it: 'vfe runs sync "
                    + journal.directory() + "' sends it", sender.stoppedBy().orElse(null));
        }
        if (sender.firstRejection().isPresent()) {
            throw new TrackingException(sender.firstRejection().get().getMessage(), sender.firstRejection().get());
        }
        if (sender.caughtUp()) {
            options.notices().accept("vfe: tracking was interrupted and caught up: the server has every record of "
                    + "run " + runId);
        }
    }

    private void checkOpen() {
        if (ended) {
            throw new IllegalStateException("run " + runId + " has already ended");
        }
    }
}
