package org.vfelab.experiments.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code vfe sweep}: ablation sweeps. Planning is built; running them is not yet (issue 5). */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Sweeps over experiment arms. 'vfe sweep plan FILE' prints the expanded trials.",
                "Running a sweep ('vfe sweep FILE') is not built yet."},
        subcommands = {SweepPlanCommand.class})
final class SweepCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SWEEP.yaml", description = "The sweep file.")
    private Path sweep;

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() {
        command.commandLine().getErr().println("vfe sweep: running a sweep is not built yet; 'vfe sweep plan "
                + (sweep == null ? "FILE" : sweep) + "' prints its trials");
        return ExitCodes.BAD_INPUT;
    }
}
