package org.vfelab.experiments.cli;

import org.vfelab.experiments.cluster.ClusterDir;
import org.vfelab.experiments.cluster.ClusterException;
import org.vfelab.experiments.cluster.ClusterRecord;
import org.vfelab.experiments.cluster.LoopbackCluster;
import org.vfelab.experiments.runner.Quantities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code vfe cluster start}: starts the loopback cluster and prints its master's URL. */
@Command(name = "start", mixinStandardHelpOptions = true,
        description = {"Start a Spark master and N workers on 127.0.0.1, wait until every worker has registered, "
                + "and print the master's spark://HOST:PORT URL (alone on standard output; progress goes to "
                + "standard error), e.g. MASTER=$(./vfe cluster start --workers 2).",
                "Each worker offers --worker-cores cores (trials at once on it) and --worker-memory for one executor "
                        + "per sweep (Spark's spark.executor.memory, 1g by default); each trial's own JVM comes on "
                        + "top. The workers' executors run with this vfe's jars: start the cluster again after "
                        + "rebuilding vfe.",
                "Exit codes: 0 started, 2 invalid option, 4 the cluster could not start (the message names the "
                        + "log to read) or one started from --dir still runs."})
final class ClusterStartCommand implements Callable<Integer> {

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
            description = "Workers to start, each its own JVM (default: ${DEFAULT-VALUE}).")
    private int workers;

    @Option(names = "--worker-cores", paramLabel = "N", defaultValue = "1",
            description = "Cores each worker offers (default: ${DEFAULT-VALUE}).")
    private int cores;

    @Option(names = "--worker-memory", paramLabel = "SIZE", defaultValue = "1g",
            description = "Memory each worker offers its executors, e.g. 1g or 1536m (default: ${DEFAULT-VALUE}).")
    private String memory;

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "90s",
            description = "How long to wait for the workers to register (default: ${DEFAULT-VALUE}).")
    private String registrationWait;

    @Mixin
    private ClusterDirOption dir;

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        LoopbackCluster.Settings settings;
        try {
            settings = new LoopbackCluster.Settings(workers, cores, memory, Quantities.duration(registrationWait));
        } catch (IllegalArgumentException e) {
            err.println("vfe cluster start: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try {
            ClusterRecord cluster = LoopbackCluster.start(dir.dir(), settings, err);
            err.printf("vfe: Spark master %s (web UI %s) with %d workers; 'vfe cluster check' probes them, "
                    + "'vfe cluster stop%s' ends them%n", cluster.masterUrl(), cluster.webUi(), workers,
                    dirArgument());
            err.flush();
            out.println(cluster.masterUrl());
            out.flush();
            return ExitCodes.OK;
        } catch (ClusterException e) {
            err.println("vfe cluster start: " + e.getMessage());
            return ExitCodes.SPARK_UNAVAILABLE;
        }
    }

    private String dirArgument() {
        return dir.dir().equals(ClusterDir.defaultDir()) ? "" : " --dir " + dir.dir();
    }
}
