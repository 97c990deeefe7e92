package org.vfelab.experiments.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lays out the Spark home of a loopback cluster's workers. A standalone worker starts each executor with
 * {@code $SPARK_HOME/jars/*} (plus {@code SPARK_DIST_CLASSPATH}) as its class path, so {@code jars/} gets a link to
 * every jar vfe runs from; class folders (a development or test run) cannot be matched by that wildcard and are
 * handed over through {@code SPARK_DIST_CLASSPATH} instead ({@link #classFolders}).
 *
 * @param jars         the links made in {@code jars/}
 * @param classFolders the class path's folders, in order
 */
record SparkHomeLayout(List<Path> jars, List<Path> classFolders) {

    SparkHomeLayout {
        jars = List.copyOf(jars);
        classFolders = List.copyOf(classFolders);
    }

    /**
     * Makes {@code dir}'s Spark home for {@code classPath}, replacing the links of an earlier start (vfe may have
     * been rebuilt since). Two jars with one file name get distinct link names, so neither is lost.
     */
    static SparkHomeLayout create(ClusterDir dir, List<Path> classPath) throws IOException {
        Path jarsDir = dir.jars();
        Files.createDirectories(jarsDir);
        try (Stream<Path> old = Files.list(jarsDir)) {
            for (Path link : old.toList()) {
                Files.delete(link);
            }
        }
        List<Path> links = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path entry : classPath) {
            if (Files.isDirectory(entry)) {
                folders.add(entry);
                continue;
            }
            String name = entry.getFileName().toString();
            for (int copy = 2; !names.add(name); copy++) {
                name = copy + "-" + entry.getFileName();
            }
            links.add(Files.createSymbolicLink(jarsDir.resolve(name), entry));
        }
        return new SparkHomeLayout(links, folders);
    }
}
