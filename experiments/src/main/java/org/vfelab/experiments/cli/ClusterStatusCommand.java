package org.vfelab.experiments.cli;

import org.vfelab.experiments.cluster.ClusterException;
import org.vfelab.experiments.cluster.ClusterRecord;
import org.vfelab.experiments.cluster.LoopbackCluster;
import org.vfelab.experiments.cluster.MasterStatus;
import org.vfelab.experiments.cluster.StartedProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vfe cluster status}: whether the loopback cluster's processes run and its workers are registered. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show the master URL of the cluster started from --dir, whether each of its processes still "
                + "runs, and the workers the master lists as alive.",
                "Exit codes: 0 the master and every worker run, 1 some have ended (or none was started), 2 the record "
                        + "in --dir is damaged."})
final class ClusterStatusCommand implements Callable<Integer> {

    @Mixin
    private ClusterDirOption dir;

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        Optional<ClusterRecord> record;
        try {
            record = LoopbackCluster.find(dir.dir());
        } catch (ClusterException e) {
            command.commandLine().getErr().println("vfe cluster status: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (record.isEmpty()) {
            out.println("vfe cluster status: no cluster was started from " + dir.dir()
                    + " ('vfe cluster start' starts one)");
            return ExitCodes.TRIAL_FAILED;
        }
        ClusterRecord cluster = record.get();
        out.printf("master %s, web UI %s, folder %s%n", cluster.masterUrl(), cluster.webUi(), dir.dir());
        boolean allRunning = true;
        for (StartedProcess process : cluster.processes()) {
            boolean alive = process.alive();
            allRunning &= alive;
            out.printf("  %-9s pid %-8d %s%n", process.role(), process.pid(), alive ? "running" : "ended");
        }
        Optional<MasterStatus> master = LoopbackCluster.masterStatus(cluster.webUi());
        out.println(master.map(status -> "  the master (" + status.status() + ") lists " + status.aliveWorkers()
                .size() + " alive worker" + (status.aliveWorkers().size() == 1 ? "" : "s") + status.aliveWorkers()
                .stream().map(worker -> "\n    " + worker.id() + ": " + worker.cores() + " core(s), "
                        + worker.memoryMb() + " MB").reduce("", String::concat))
                .orElse("  the master's web UI does not answer"));
        out.flush();
        return allRunning && master.isPresent() ? ExitCodes.OK : ExitCodes.TRIAL_FAILED;
    }
}
