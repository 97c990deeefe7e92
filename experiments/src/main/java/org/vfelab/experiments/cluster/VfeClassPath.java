package org.vfelab.experiments.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The jars and class folders vfe runs from, which a loopback cluster's master, workers and executors run from too:
 * {@code vfe.jar} and the {@code lib/} jars its manifest names when vfe runs as {@code java -jar vfe.jar}, or each
 * entry of the class path of a development or test run (module folders and Maven's jars).
 */
final class VfeClassPath {

    private VfeClassPath() {
    }

    /** The entries of this JVM's class path, a lone jar expanded into the jars its manifest names. */
    static List<Path> ofThisJvm() {
        return entries(System.getProperty("java.class.path"));
    }

    /**
     * The entries of {@code classPath} (as in {@code java.class.path}) that exist, with the {@code Class-Path} of a
     * lone jar's manifest resolved beside it.
     */
    static List<Path> entries(String classPath) {
        List<Path> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank() && Files.exists(Path.of(entry))) {
                entries.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        if (entries.size() == 1 && Files.isRegularFile(entries.get(0))) {
            entries.addAll(manifestClassPath(entries.get(0)));
        }
        return List.copyOf(entries);
    }

    private static List<Path> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String named = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (named == null) {
                return List.of();
            }
            Path dir = jar.toRealPath().getParent();
            return Arrays.stream(named.trim().split("\\s+")).map(dir::resolve).map(Path::normalize)
                    .filter(Files::exists).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest of " + jar + ": " + e.getMessage(), e);
        }
    }
}
