package org.vfelab.experiments.cli;

import org.vfelab.core.spec.SpecException;
import org.vfelab.core.tracking.TrackingException;
import org.vfelab.experiments.runner.DeviceSlot;
import org.vfelab.experiments.runner.MemoryBudget;
import org.vfelab.experiments.runner.Quantities;
import org.vfelab.experiments.runner.SweepOptions;
import org.vfelab.experiments.runner.SweepReport;
import org.vfelab.experiments.runner.SweepRunner;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.sweep.SweepFile;
import org.vfelab.experiments.sweep.SweepFiles;
import org.vfelab.experiments.sweep.SweepPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vfe sweep}: runs a sweep's trials, each in its own JVM, resumably, under one MLflow parent run. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run every trial of a sweep file, each in its own JVM, as child runs of one MLflow run.",
                "Trials whose key already has a finished run are skipped, so an interrupted sweep resumes where it "
                        + "stopped; 'vfe sweep plan FILE' prints the trials without running them.",
                "A stage of a chain (an arm whose model.init_from is @ID) starts once the trial of arm ID with the "
                        + "same seed has finished, from its checkpoint; when that trial ends any other way, the stage "
                        + "is recorded as skipped-parent.",
                "Outcomes: finished, oom, diverged, timeout, error, killed, skipped-budget, skipped-parent.",
                "Exit codes: 0 every trial has an outcome and none is error, 1 some trial ended in error, "
                        + "2 invalid sweep or option, 3 tracking store unreachable or failed, 130 interrupted."},
        subcommands = {SweepPlanCommand.class})
final class SweepCommand implements Callable<Integer> {

    private static final int INTERRUPTED = 130;
    private static final String GPU_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SWEEP.yaml", description = "The sweep file to run.")
    private Path file;

    @Option(names = "--devices", paramLabel = "cpu|0,1,...", defaultValue = "cpu",
            description = "Where trials run: 'cpu' (default; all cores, one trial at a time unless --max-parallel) "
                    + "or GPU indices, one trial per GPU at a time (CUDA_VISIBLE_DEVICES set per trial).")
    private String devices;

    @Option(names = "--max-parallel", paramLabel = "N",
            description = "Trials at once (default: one per GPU, or 1 on the CPU).")
    private Integer maxParallel;

    @Option(names = "--trial-timeout", paramLabel = "DURATION",
            description = "Stop a trial running longer than this (e.g. 90s, 30m, 2h) and record it as timeout.")
    private String trialTimeout;

    @Option(names = "--memory-budget", paramLabel = "SIZE",
            description = "Skip trials whose predicted peak training memory exceeds SIZE (e.g. 16GB), recording "
                    + "them as skipped-budget without running them.")
    private String memoryBudget;

    @Option(names = "--rerun-failed",
            description = "Also retry trials whose last run ended oom, diverged, timeout or error.")
    private boolean rerunFailed;

    @Option(names = "--tracking-uri", paramLabel = "URI",
            description = "Where runs go (default: tracking.uri of the base descriptor): a local MLflow store "
                    + "directory or http(s)://host:port of a tracking server.")
    private String trackingUri;

    @Option(names = "--trial-jvm-options", paramLabel = "OPTIONS",
            description = "JVM options of each trial, e.g. \"-Xmx4g\" (default: this JVM's own options).")
    private String trialJvmOptions;

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (file == null) {
            err.println("vfe sweep: give the sweep file to run (vfe sweep FILE), or plan it (vfe sweep plan FILE)");
            return ExitCodes.BAD_INPUT;
        }
        SweepOptions options;
        SweepFile sweep;
        List<PlannedTrial> trials;
        try {
            options = options();
            sweep = SweepFiles.load(file);
            trials = SweepPlan.expand(sweep);
        } catch (IllegalArgumentException | SpecException e) {
            err.println(e instanceof SpecException ? e.getMessage() : "vfe sweep: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (options.devices().get(0).isGpu() && !onClassPath(GPU_BACKEND)) {
            err.println("vfe sweep: warning: --devices " + devices + " names GPUs, but this build has the CPU backend;"
                    + " trials will run on the CPU (build with 'mvn -Pcuda package' for CUDA)");
        }
        try {
            SweepReport report = new SweepRunner(options, JavaCommand.of(options.trialJvmOptions()), out, System.console() != null)
                    .run(sweep, trials, trials.get(0).spec().tracking().uri());
            if (report.trackingFailure().isPresent()) {
                err.println("vfe sweep: tracking failed: " + report.trackingFailure().get());
                return ExitCodes.TRACKING_UNAVAILABLE;
            }
            return report.interrupted() ? INTERRUPTED : report.anyErrors() ? ExitCodes.TRIAL_FAILED : ExitCodes.OK;
        } catch (TrackingException e) {
            err.println("vfe sweep: tracking failed: " + e.getMessage());
            return ExitCodes.TRACKING_UNAVAILABLE;
        } catch (IOException e) {
            err.println("vfe sweep: cannot make a work directory for the trials: " + e.getMessage());
            return ExitCodes.TRIAL_FAILED;
        }
    }

    private SweepOptions options() {
        List<DeviceSlot> slots = DeviceSlot.parse(devices);
        int parallel = maxParallel != null ? maxParallel : slots.get(0).isGpu() ? slots.size() : 1;
        return new SweepOptions(slots, parallel, Optional.ofNullable(trialTimeout).map(Quantities::duration),
                Optional.ofNullable(memoryBudget).map(MemoryBudget::parse), rerunFailed,
                Optional.ofNullable(trackingUri), trialJvmOptions == null ? JavaCommand.ownJvmOptions()
                : Arrays.stream(trialJvmOptions.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList());
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, SweepCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
