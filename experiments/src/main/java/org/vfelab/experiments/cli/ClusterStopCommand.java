package org.vfelab.experiments.cli;

import org.vfelab.experiments.cluster.ClusterException;
import org.vfelab.experiments.cluster.LoopbackCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vfe cluster stop}: ends exactly the processes {@code vfe cluster start} started. */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Stop the workers (each stops its executors, and so their trials, which record themselves "
                + "as killed) and the master that 'vfe cluster start' started from --dir: the processes whose ids "
                + "and start times it recorded there, never others found by name. The logs stay.",
                "Exit codes: 0 stopped, or nothing was running; 2 the record in --dir is damaged."})
final class ClusterStopCommand implements Callable<Integer> {

    @Mixin
    private ClusterDirOption dir;

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        try {
            List<String> lines = LoopbackCluster.stop(dir.dir());
            if (lines.isEmpty()) {
                out.println("vfe cluster stop: no cluster was started from " + dir.dir() + "; nothing to stop");
            }
            lines.forEach(line -> out.println("vfe: " + line));
            out.flush();
            return ExitCodes.OK;
        } catch (ClusterException e) {
            command.commandLine().getErr().println("vfe cluster stop: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
