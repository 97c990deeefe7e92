package org.vfelab.experiments.cli;

import org.vfelab.core.spec.SpecException;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.sweep.SweepFile;
import org.vfelab.experiments.sweep.SweepFiles;
import org.vfelab.experiments.sweep.SweepPlan;
import org.vfelab.reports.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vfe sweep plan}: the expanded trial table of a sweep file, without running anything. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print every trial a sweep file expands to: its label, its overrides and its trial key.")
final class SweepPlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "The sweep file.")
    private Path file;

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        SweepFile sweep;
        List<PlannedTrial> trials;
        try {
            sweep = SweepFiles.load(file);
            trials = SweepPlan.expand(sweep);
        } catch (SpecException e) {
            command.commandLine().getErr().println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        TextTable table = new TextTable(List.of("#", "label", "overrides", "trial key"));
        for (int i = 0; i < trials.size(); i++) {
            PlannedTrial trial = trials.get(i);
            table.row(List.of(Integer.toString(i + 1), trial.label(), String.join(" ", trial.overrides()),
                    trial.key()));
        }
        out.printf("sweep '%s': %d trials from %s%n%n", sweep.name(), trials.size(), file);
        out.print(table.render());
        out.flush();
        return ExitCodes.OK;
    }
}
