package org.vfelab.experiments.cli;

import org.vfelab.tracking.JournalSync;
import org.vfelab.tracking.TrackingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vfe runs list-unsynced}: the journals whose server has not got everything yet. */
@Command(name = "list-unsynced", mixinStandardHelpOptions = true,
        description = "List the run journals with records a tracking server has not acknowledged, or left by a "
                + "process that died; 'vfe runs sync' sends them.")
final class RunsListUnsyncedCommand implements Callable<Integer> {

    @Mixin
    private JournalRoot root;

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        try {
            List<JournalSync.Journal> unsynced = JournalSync.unsynced(root.directory());
            if (unsynced.isEmpty()) {
                out.println("vfe runs: every journal in " + root.directory() + " is synced");
            }
            for (JournalSync.Journal journal : unsynced) {
                out.printf("%s  run %s on %s: %d of %d records sent%s%s%n", journal.directory(), journal.runId(),
                        journal.server(), journal.acknowledged(), journal.events(),
                        journal.closed() ? "" : ", its process died before closing it",
                        journal.inUse() ? " (in use by a running process)" : "");
            }
            out.flush();
            return ExitCodes.OK;
        } catch (TrackingException e) {
            command.commandLine().getErr().println("vfe runs list-unsynced: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
