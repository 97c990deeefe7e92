package org.vfelab.experiments.cli;

import org.vfelab.experiments.cluster.ClusterDir;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --dir} option of the {@code vfe cluster} commands: which loopback cluster. */
final class ClusterDirOption {

    @Option(names = "--dir", paramLabel = "DIR",
            description = "The cluster's folder: its Spark home, logs, and the ids of the processes it started "
                    + "(default: ~/.vfe/cluster).")
    private Path directory;

    ClusterDir dir() {
        return directory != null ? new ClusterDir(directory) : ClusterDir.defaultDir();
    }
}
