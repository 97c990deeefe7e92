package org.vfelab.experiments.cli;

import org.vfelab.spec.SpecException;
import org.vfelab.tracking.TrackingException;
import org.vfelab.experiments.runner.CpuTrials;
import org.vfelab.experiments.runner.DeviceSlot;
import org.vfelab.experiments.runner.MemoryBudget;
import org.vfelab.experiments.runner.Quantities;
import org.vfelab.experiments.runner.SparkSettings;
import org.vfelab.experiments.runner.SparkUnavailableException;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                "With --executor spark, each trial is a Spark task that starts the trial's JVM on an executor: "
                        + "--master local[N] on this machine, spark://HOST:PORT on a standalone cluster (vfe's jar "
                        + "and lib/ on every executor, trials logging to a tracking server; 'vfe cluster start' "
                        + "runs one on this machine, 'vfe cluster check' shows what its executors have). A trial "
                        + "whose executor is lost is recorded as killed and runs again as a new run.",
                "Exit codes: 0 every trial has an outcome and none is error, 1 some trial ended in error, "
                        + "2 invalid sweep or option, 3 tracking store unreachable or failed, 4 Spark could not "
                        + "start or reach its cluster, 130 interrupted."},
        subcommands = {SweepPlanCommand.class})
final class SweepCommand implements Callable<Integer> {

    private static final int INTERRUPTED = 130;
    private static final String GPU_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";
    private static final String DEFAULT_MASTER = "local[*]";

    /** Where trials' JVMs run. */
    enum Executor { LOCAL, SPARK }

    @Parameters(index = "0", arity = "0..1", paramLabel = "SWEEP.yaml", description = "The sweep file to run.")
    private Path file;

    @Option(names = "--devices", paramLabel = "cpu|0,1,...", defaultValue = "cpu",
            description = "Where trials run: 'cpu' (default; one trial per core, each with one ND4J thread, as ./vfe "
                    + "sets OMP_NUM_THREADS=1) or GPU indices, one trial per GPU at a time (CUDA_VISIBLE_DEVICES set "
                    + "per trial).")
    private String devices;

    @Option(names = "--max-parallel", paramLabel = "N",
            description = "Trials at once (default: one per GPU; on the CPU, cores / OMP_NUM_THREADS, so one per "
                    + "core with ./vfe; with --executor spark, N of local[N], or on a cluster every trial, queued by "
                    + "Spark).")
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

    @Option(names = "--reuse-from", paramLabel = "SWEEP", split = ",",
            description = "Names of other sweeps in the same tracking store: a trial with the same key (the same "
                    + "descriptor, seed and parents) that finished there is copied into this sweep, tagged "
                    + "vfe.reused_from, instead of trained again. Repeatable or comma-separated.")
    private List<String> reuseFrom = new ArrayList<>();

    @Option(names = "--tracking-uri", paramLabel = "URI",
            description = "Where runs go (default: tracking.uri of the base descriptor): a local MLflow store "
                    + "directory or http(s)://host:port of a tracking server.")
    private String trackingUri;

    @Option(names = "--trial-jvm-options", paramLabel = "OPTIONS",
            description = "JVM options of each trial, e.g. \"-Xmx4g\" (default: this JVM's own options).")
    private String trialJvmOptions;

    @Option(names = "--executor", paramLabel = "local|spark", defaultValue = "local",
            description = "Where trials' JVMs run: 'local' (default: on this machine) or 'spark' (one Spark task per "
                    + "trial, see --master).")
    private Executor executor;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --executor spark: local[N] (default local[*]; N trials at once on this machine) or "
                    + "spark://HOST:PORT of a standalone cluster.")
    private String master;

    @Option(names = "--gpus-per-task", paramLabel = "AMOUNT",
            description = "With --executor spark on a cluster: GPUs per trial (spark.task.resource.gpu.amount): 1, "
                    + "or 0.5 for two trials per GPU; the GPU Spark gives a task is the trial's device.")
    private Double gpusPerTask;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "With --executor spark: a Spark property, e.g. --conf "
                    + "spark.executor.extraClassPath=/opt/vfe/vfe.jar. Repeatable.")
    private Map<String, String> sparkConf = new LinkedHashMap<>();

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
            Optional<SparkSettings> spark = spark();
            sweep = SweepFiles.load(file);
            trials = SweepPlan.expand(sweep);
            options = options(spark, trials.size());
            spark.ifPresent(settings -> settings.checkTrackingUri(options.trackingUri()
                    .orElse(trials.get(0).spec().tracking().uri())));
        } catch (IllegalArgumentException | SpecException e) {
            err.println(e instanceof SpecException ? e.getMessage() : "vfe sweep: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (options.devices().get(0).isGpu() && !onClassPath(GPU_BACKEND)) {
            err.println("vfe sweep: warning: --devices " + devices + " names GPUs, but this build has the CPU backend;"
                    + " trials will run on the CPU (build with 'mvn -Pcuda package' for CUDA)");
        }
        try {
            SweepReport report = new SweepRunner(options, JavaCommand.jvm(options.trialJvmOptions()), out,
                    System.console() != null).run(sweep, trials, trials.get(0).spec().tracking().uri());
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
        } catch (SparkUnavailableException e) {
            err.println("vfe sweep: " + e.getMessage());
            return ExitCodes.SPARK_UNAVAILABLE;
        }
    }

    /** The Spark settings with --executor spark; the Spark options are refused without it. */
    private Optional<SparkSettings> spark() {
        if (executor == Executor.LOCAL) {
            if (master != null || gpusPerTask != null || !sparkConf.isEmpty()) {
                throw new IllegalArgumentException("--master, --gpus-per-task and --conf go with --executor spark");
            }
            return Optional.empty();
        }
        return Optional.of(new SparkSettings(master == null ? DEFAULT_MASTER : master,
                Optional.ofNullable(gpusPerTask), sparkConf));
    }

    /**
     * The sweep options; trials at once by default: one per GPU, on the CPU one per core at one thread each, or with Spark the tasks a local
     * master runs at once, and on a cluster every trial (Spark's scheduler starts each as cores and GPUs free up).
     */
    private SweepOptions options(Optional<SparkSettings> spark, int trialCount) {
        List<DeviceSlot> slots = DeviceSlot.parse(devices);
        int parallel = maxParallel != null ? maxParallel : slots.get(0).isGpu() ? slots.size()
                : spark.map(settings -> settings.local() ? settings.localThreads() : trialCount)
                        .orElse(CpuTrials.atOnce(System.getenv(), Runtime.getRuntime().availableProcessors()));
        return new SweepOptions(slots, parallel, Optional.ofNullable(trialTimeout).map(Quantities::duration),
                Optional.ofNullable(memoryBudget).map(MemoryBudget::parse), rerunFailed,
                Optional.ofNullable(trackingUri), JavaCommand.options(trialJvmOptions), spark, reuseFrom);
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
