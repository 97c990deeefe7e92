package org.vfelab.experiments.cli;

import org.vfelab.experiments.trial.Composition;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.SpecException;
import org.vfelab.tracking.TrackingException;
import org.vfelab.experiments.trial.CheckpointKeys;
import org.vfelab.experiments.trial.SweepChild;
import org.vfelab.experiments.trial.TrialLauncher;
import org.vfelab.experiments.trial.TrialReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vfe run}: trains and evaluates one experiment descriptor and records it in MLflow. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Train and evaluate one experiment descriptor, log it to MLflow and print the recall table.",
                "Exit codes: 0 finished, 1 trial failed (diverged/oom/error), 2 invalid descriptor or option, "
                        + "3 tracking store unreachable (before training) or failed during the run (training "
                        + "went on; the results are printed but not all recorded)."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXPERIMENT.yaml", description = "The experiment descriptor.")
    private Path descriptor;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one descriptor value by its dotted key, e.g. --set sampling.mask_ratio=0.75. "
                    + "Repeatable.")
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--tracking-uri", paramLabel = "URI",
            description = "Where runs go: a local MLflow store directory (default: tracking.uri of the descriptor, "
                    + "'mlruns') or http(s)://host:port of an MLflow tracking server.")
    private String trackingUri;

    @Option(names = "--save-checkpoint", paramLabel = "FILE",
            description = "Also save the trained weights and descriptor to FILE (they always go to the run's "
                    + "artifact checkpoint.zip); another descriptor starts from them with model.init_from: FILE.")
    private Path saveCheckpoint;

    @Option(names = "--sweep-child", paramLabel = "RUN_ID", hidden = true,
            description = "Used by 'vfe sweep' for the trials it launches: log into the sweep's run RUN_ID, and stop "
                    + "(as killed) when the sweep runner goes away, which closes this process's standard input.")
    private String sweepRun;

    @Option(names = "--recorded-as", paramLabel = "KEY=VALUE", hidden = true,
            description = "Used by 'vfe sweep' for a stage it launches: record the checkpoint key KEY, which the "
                    + "descriptor gives as the parent's checkpoint file, as VALUE (@<parent trial key>) in the params "
                    + "and the trial key. Repeatable.")
    private Map<String, String> recordedAs = new LinkedHashMap<>();

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        ExperimentSpec spec;
        Optional<SweepChild> child;
        try {
            spec = Composition.current().load(descriptor, overrides, trackingUri);
            child = Optional.ofNullable(sweepRun).map(runId -> new SweepChild(runId, recordedAs));
        } catch (SpecException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("vfe run: --recorded-as: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Map<String, String> references = CheckpointKeys.references(spec);
        if (!references.isEmpty()) {
            references.forEach((key, id) -> err.println(descriptor + ": " + key + ": '" + CheckpointKeys.REFERENCE
                    + id + "' names a stage of a sweep, but @ references only work in sweep files (vfe sweep FILE), "
                    + "where they stand for the checkpoint of the trial of arm '" + id + "' with the same seed; "
                    + "here give a checkpoint file (vfe run --save-checkpoint FILE writes one)"));
            return ExitCodes.BAD_INPUT;
        }
        if (spec.model().initialised() && !Files.isRegularFile(Path.of(spec.model().initFrom()))) {
            err.println(descriptor + ": model.init_from: no checkpoint file '" + spec.model().initFrom()
                    + "' (write one with vfe run --save-checkpoint FILE)");
            return ExitCodes.BAD_INPUT;
        }
        if (sweepRun != null) {
            RunnerWatch.exitWhenStdinCloses(err);
        }
        try {
            TrialReport report = new TrialLauncher(out, err).run(spec,
                    Optional.ofNullable(saveCheckpoint), child);
            if (report.trackingFailure().isPresent()) {
                err.println("vfe: run " + report.runId() + " is incomplete in its tracking store: "
                        + report.trackingFailure().get());
                return ExitCodes.TRACKING_UNAVAILABLE;
            }
            return report.finished() ? ExitCodes.OK : ExitCodes.TRIAL_FAILED;
        } catch (TrackingException e) {
            err.println("vfe: tracking failed: " + e.getMessage());
            return ExitCodes.TRACKING_UNAVAILABLE;
        }
    }
}
