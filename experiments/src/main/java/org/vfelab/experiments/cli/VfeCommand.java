package org.vfelab.experiments.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vfe} command line: the entry point of every user-facing job. */
@Command(name = "vfe", mixinStandardHelpOptions = true, version = "vfe-lab 0.1.0",
        description = "Contrastive pre-training of video-first encoders: run experiments, sweep ablations, "
                + "report the paper's figures.",
        subcommands = {RunCommand.class, InspectCommand.class, SweepCommand.class, ReportCommand.class,
                ReproduceCommand.class, RunsCommand.class, BenchCommand.class, ClusterCommand.class,
                MakeVideosCommand.class, CommandLine.HelpCommand.class})
public final class VfeCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the CLI and exits with its status. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run the real CLI in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new VfeCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
