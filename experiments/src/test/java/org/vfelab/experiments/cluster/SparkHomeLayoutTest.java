package org.vfelab.experiments.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

class SparkHomeLayoutTest {

    @TempDir
    Path dir;

    @Test
    void jarsAreLinkedUnderDistinctNamesAndClassFoldersKeptApart() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("module/target/classes"));
        Path one = jar(dir.resolve("a/lib.jar"), null);
        Path same = jar(dir.resolve("b/lib.jar"), null);
        ClusterDir cluster = new ClusterDir(dir.resolve("cluster"));

        SparkHomeLayout layout = SparkHomeLayout.create(cluster, List.of(classes, one, same));

        assertThat(layout.classFolders()).containsExactly(classes);
        assertThat(layout.jars()).extracting(link -> link.getFileName().toString())
                .containsExactly("lib.jar", "2-lib.jar");
        assertThat(layout.jars()).allSatisfy(link -> assertThat(link.getParent()).isEqualTo(cluster.jars()));
        assertThat(Files.readSymbolicLink(cluster.jars().resolve("2-lib.jar"))).isEqualTo(same);
    }

    @Test
    void aNewLayoutReplacesTheLinksOfTheLastOne() throws Exception {
        ClusterDir cluster = new ClusterDir(dir.resolve("cluster"));
        SparkHomeLayout.create(cluster, List.of(jar(dir.resolve("old.jar"), null)));

        SparkHomeLayout.create(cluster, List.of(jar(dir.resolve("new.jar"), null)));

        try (var links = Files.list(cluster.jars())) {
            assertThat(links.map(link -> link.getFileName().toString())).containsExactly("new.jar");
        }
    }

    @Test
    void aLoneJarBringsTheJarsItsManifestNames() throws Exception {
        Path lib = jar(dir.resolve("vfe/lib/dep.jar"), null);
        Path vfe = jar(dir.resolve("vfe/vfe.jar"), "lib/dep.jar lib/missing.jar");

        assertThat(VfeClassPath.entries(vfe.toString())).containsExactly(vfe, lib);
        assertThat(VfeClassPath.entries(vfe + java.io.File.pathSeparator + dir.resolve("gone.jar")))
                .as("entries that do not exist are left out").containsExactly(vfe, lib);
    }

    @Test
    void aClassPathOfSeveralEntriesIsTakenAsItIs() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path vfe = jar(dir.resolve("vfe.jar"), "lib/dep.jar");

        assertThat(VfeClassPath.entries(classes + java.io.File.pathSeparator + vfe)).containsExactly(classes, vfe);
    }

    private static Path jar(Path file, String classPath) throws Exception {
        Files.createDirectories(file.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }
}
