package org.vfelab.experiments.cli;

import org.vfelab.spec.SpecException;
import org.vfelab.experiments.runner.MemoryBudget;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.sweep.SweepFile;
import org.vfelab.experiments.sweep.SweepFiles;
import org.vfelab.experiments.sweep.SweepPlan;
import org.vfelab.reports.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vfe sweep plan}: the expanded trial table of a sweep file, without running anything. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Print every trial a sweep file expands to: its label, its overrides and its trial key, and "
                + "for the stages of a chain, their base descriptor and the trials they start from ('after'), "
                + "which come first.",
                "With --memory-budget, also each trial's predicted peak training memory and whether 'vfe sweep' "
                        + "would skip it."})
final class SweepPlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "The sweep file.")
    private Path file;

    @Option(names = "--memory-budget", paramLabel = "SIZE",
            description = "Predict each trial's peak training memory (the analytic estimate; the graph is built, "
                    + "nothing trains) and mark the trials over SIZE (e.g. 16GB) as skipped-budget.")
    private String memoryBudget;

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        SweepFile sweep;
        List<PlannedTrial> trials;
        Optional<MemoryBudget> budget;
        try {
            budget = Optional.ofNullable(memoryBudget).map(MemoryBudget::parse);
            sweep = SweepFiles.load(file);
            trials = SweepPlan.expand(sweep);
        } catch (IllegalArgumentException | SpecException e) {
            command.commandLine().getErr().println(e instanceof SpecException ? e.getMessage()
                    : "vfe sweep plan: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        boolean ownBases = trials.stream().anyMatch(trial -> !sweep.base().equals(Optional.of(trial.base())));
        boolean chained = trials.stream().anyMatch(trial -> !trial.links().isEmpty());
        List<String> header = new ArrayList<>(List.of("#", "label"));
        header.addAll(ownBases ? List.of("base", "overrides", "trial key") : List.of("overrides", "trial key"));
        header.addAll(chained ? List.of("after") : List.of());
        budget.ifPresent(b -> header.addAll(List.of("predicted memory", "budget")));
        TextTable table = new TextTable(header);
        Path folder = sweep.source().toAbsolutePath().getParent();
        int over = 0;
        for (int i = 0; i < trials.size(); i++) {
            PlannedTrial trial = trials.get(i);
            List<String> row = new ArrayList<>(List.of(Integer.toString(i + 1), trial.label()));
            if (ownBases) {
                row.add(folder.relativize(trial.base()).toString());
            }
            row.addAll(List.of(String.join(" ", trial.overrides()), trial.key()));
            if (chained) {
                row.add(String.join(", ", trial.parents().stream().map(PlannedTrial::label).toList()));
            }
            if (budget.isPresent()) {
                long predicted = MemoryBudget.predict(trial);
                boolean fits = budget.get().excess(predicted).isEmpty();
                over += fits ? 0 : 1;
                row.addAll(List.of(MemoryBudget.gigabytes(predicted),
                        fits ? "fits" : "skipped-budget"));
            }
            table.row(row);
        }
        out.printf("sweep '%s': %d trials from %s%n", sweep.name(), trials.size(), file);
        if (budget.isPresent()) {
            out.printf("memory budget %s: %d trials would be skipped as skipped-budget%n",
                    MemoryBudget.gigabytes(budget.get().bytes()), over);
        }
        out.println();
        out.print(table.render());
        out.flush();
        return ExitCodes.OK;
    }
}
