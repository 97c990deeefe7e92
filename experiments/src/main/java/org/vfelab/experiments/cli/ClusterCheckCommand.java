package org.vfelab.experiments.cli;

import org.vfelab.experiments.cluster.ClusterException;
import org.vfelab.experiments.cluster.ClusterRecord;
import org.vfelab.experiments.cluster.LoopbackCluster;
import org.vfelab.experiments.runner.ExecutorCheck;
import org.vfelab.experiments.runner.ExecutorReport;
import org.vfelab.experiments.runner.SparkSettings;
import org.vfelab.experiments.runner.SparkUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vfe cluster check}: what every executor of a cluster has for trials, before a sweep finds out. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Start a Spark application on the master and run one tiny task on every executor it gets, "
                + "reporting per executor: its Java, vfe's --version from a JVM started as a trial's is (so vfe's "
                + "jar and lib/ are found), the GPUs Spark gave the task and those nvidia-smi lists.",
                "Works on the loopback cluster (the default master: the one started from --dir) and on a real one "
                        + "(--master spark://HOST:PORT, with the --conf a sweep would get, e.g. "
                        + "spark.executor.extraClassPath).",
                "Exit codes: 0 vfe starts on every executor, 1 it fails on some, 2 invalid option, 4 Spark could "
                        + "not start or reach its cluster."})
final class ClusterCheckCommand implements Callable<Integer> {

    @Option(names = "--master", paramLabel = "URL",
            description = "spark://HOST:PORT (default: the master of the cluster started from --dir).")
    private String master;

    @Option(names = "--gpus-per-task", paramLabel = "AMOUNT",
            description = "Ask for GPUs as a sweep would (spark.task.resource.gpu.amount), to see the ones Spark "
                    + "gives.")
    private Double gpusPerTask;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark property, as for vfe sweep.")
    private Map<String, String> sparkConf = new LinkedHashMap<>();

    @Option(names = "--trial-jvm-options", paramLabel = "OPTIONS",
            description = "JVM options of the probe's vfe JVM, as a sweep's trials get them (default: this JVM's "
                    + "own options).")
    private String trialJvmOptions;

    @Mixin
    private ClusterDirOption dir;

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        SparkSettings settings;
        try {
            settings = new SparkSettings(masterUrl(), Optional.ofNullable(gpusPerTask), sparkConf);
            if (settings.local()) {
                throw new IllegalArgumentException("--master " + settings.master() + " has no executors to check; "
                        + "give a cluster's spark://HOST:PORT");
            }
        } catch (IllegalArgumentException | ClusterException e) {
            err.println("vfe cluster check: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        List<String> jvmOptions = JavaCommand.options(trialJvmOptions);
        List<ExecutorReport> reports;
        try {
            reports = ExecutorCheck.run(settings, JavaCommand.jvm(jvmOptions), err);
        } catch (SparkUnavailableException e) {
            err.println("vfe cluster check: " + e.getMessage());
            return ExitCodes.SPARK_UNAVAILABLE;
        }
        for (ExecutorReport report : reports) {
            out.printf("executor %s on %s%n  java:  %s%n  vfe:   %s%n  GPUs:  given by Spark: %s; nvidia-smi: %s%n",
                    report.executor(), report.host(), report.java(), report.vfe(), report.sparkGpus(),
                    report.visible());
        }
        long failed = reports.stream().filter(report -> !report.vfeFound()).count();
        out.printf("vfe cluster check: %d executor%s on %s, vfe starts on %d%n", reports.size(),
                reports.size() == 1 ? "" : "s", settings.master(), reports.size() - failed);
        out.flush();
        return failed == 0 && !reports.isEmpty() ? ExitCodes.OK : ExitCodes.TRIAL_FAILED;
    }

    private String masterUrl() throws ClusterException {
        if (master != null) {
            return master;
        }
        return LoopbackCluster.find(dir.dir()).map(ClusterRecord::masterUrl).orElseThrow(() ->
                new IllegalArgumentException("no --master given and no cluster was started from " + dir.dir()
                        + " ('vfe cluster start', or --master spark://HOST:PORT)"));
    }
}
