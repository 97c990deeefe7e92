package org.vfelab.experiments.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vfe cluster}: a Spark standalone cluster on this machine, to try sweeps on a cluster before having one. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"A Spark standalone cluster on this machine: a master and workers, each its own JVM on "
                + "127.0.0.1, run from the jars vfe bundles. Sweeps run on it as on a real cluster "
                + "(vfe sweep FILE --executor spark --master URL --tracking-uri http://...): executors are JVMs of "
                + "their own, tasks travel to them, and a worker can die.",
                "'vfe cluster check' also works on a real cluster: it shows what each executor has for trials."},
        subcommands = {ClusterStartCommand.class, ClusterStatusCommand.class, ClusterCheckCommand.class,
                ClusterStopCommand.class})
final class ClusterCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
