package org.vfelab.experiments.cluster;

import java.nio.file.Path;

/**
 * The folder a loopback cluster lives in: a Spark home for its workers ({@code spark-home/jars} links to vfe's jars,
 * since a standalone worker starts each executor with the class path {@code $SPARK_HOME/jars/*}), the workers' work
 * folders (executor logs), the master's and workers' logs, and the record of what was started, so that
 * {@code vfe cluster stop} ends exactly those processes.
 *
 * @param root the folder ({@code --dir}; {@code ~/.vfe/cluster} by default)
 */
public record ClusterDir(Path root) {

    public ClusterDir {
        root = root.toAbsolutePath().normalize();
    }

    /** {@code ~/.vfe/cluster}. */
    public static ClusterDir defaultDir() {
        return new ClusterDir(Path.of(System.getProperty("user.home"), ".vfe", "cluster"));
    }

    /** The Spark home the workers run with. */
    public Path sparkHome() {
        return root.resolve("spark-home");
    }

    /** Where the executors' class path comes from: links to vfe's jars. */
    public Path jars() {
        return sparkHome().resolve("jars");
    }

    /** The master's and the workers' own output. */
    public Path logs() {
        return root.resolve("logs");
    }

    /** The log of one process of the cluster ({@code master}, {@code worker-1}, ...). */
    public Path log(String role) {
        return logs().resolve(role + ".log");
    }

    /** A worker's work folder, where it keeps each executor's output. */
    public Path work(String role) {
        return root.resolve("work").resolve(role);
    }

    /** The record of the running cluster: its master's URL and the processes started. */
    public Path record() {
        return root.resolve("cluster.properties");
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
