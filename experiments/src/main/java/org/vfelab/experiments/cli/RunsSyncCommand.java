package org.vfelab.experiments.cli;

import org.vfelab.tracking.JournalSync;
import org.vfelab.tracking.RunTags;
import org.vfelab.tracking.ServerOptions;
import org.vfelab.tracking.TrackingException;
import org.vfelab.tracking.TrainingOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code vfe runs sync}: sends what runs' journals hold and their tracking server has not got, to the same run ids,
 * nothing twice; a run whose process died (kill -9) is recorded as killed.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Send to the tracking server what run journals hold and the server has not acknowledged, "
                + "keeping each run's id; safe to run twice (nothing is sent twice).",
                "A run whose process died before ending it is recorded as killed (tag vfe.outcome=killed, status "
                        + "KILLED), unless it was ended meanwhile.",
                "Exit codes: 0 every journal synced, 3 some journal could not be delivered or is in use."})
final class RunsSyncCommand implements Callable<Integer> {

    static final String KILLED_REASON = "its process stopped before the run ended (recovered by vfe runs sync)";

    @Parameters(paramLabel = "JOURNAL", arity = "0..*",
            description = "Journal directories to sync (default: every unsynced one under --journal-dir).")
    private List<Path> journals = new ArrayList<>();

    @Option(names = "--tracking-uri", paramLabel = "URI",
            description = "Send to this server instead of the one each journal names (the same store, moved).")
    private URI trackingUri;

    @Mixin
    private JournalRoot root;

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        List<Path> targets = journals.isEmpty() ? JournalSync.unsynced(root.directory()).stream()
                .map(JournalSync.Journal::directory).toList() : journals;
        if (targets.isEmpty()) {
            out.println("vfe runs sync: nothing to sync in " + root.directory());
            return ExitCodes.OK;
        }
        ServerOptions options = ServerOptions.defaults().withNotices(line -> {
            err.println(line);
            err.flush();
        }).withRetryFirstContact(true);
        Map<String, String> killed = Map.of(RunTags.OUTCOME, TrainingOutcome.KILLED.tag(), RunTags.ERROR, KILLED_REASON);
        int failed = 0;
        for (Path journal : targets) {
            try {
                JournalSync.Result result = JournalSync.sync(journal, Optional.ofNullable(trackingUri), options,
                        killed);
                out.printf("vfe runs sync: %s: run %s: %s%s%n", journal, result.runId(), result.sent() == 0
                        ? "already synced" : result.sent() + " records sent", result.markedKilled()
                        ? ", recorded as killed" : "");
            } catch (TrackingException e) {
                failed++;
                err.println("vfe runs sync: " + e.getMessage());
            }
            out.flush();
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.TRACKING_UNAVAILABLE;
    }
}
