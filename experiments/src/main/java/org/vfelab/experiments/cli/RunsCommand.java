package org.vfelab.experiments.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vfe runs}: the runs' local journals, for runs whose tracking server did not get everything. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "Runs on a tracking server journal what they log locally first; these commands show and send "
                + "what a server has not got.",
        subcommands = {RunsSyncCommand.class, RunsListUnsyncedCommand.class})
final class RunsCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
