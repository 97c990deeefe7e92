package org.vfelab.experiments.runner;

import java.io.IOException;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start the vfe CLI in a JVM of its own, put together on the machine that starts it: a trial of a sweep
 * starts on this machine or on a Spark executor, whose Java and class path are its own. Serializable, so a Spark
 * task carries it to the executor.
 *
 * @param options   JVM options, such as {@code -Xmx2g}
 * @param mainClass the CLI's main class
 */
public record ChildJvm(List<String> options, String mainClass) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ChildJvm {
        options = List.copyOf(options);
    }

    /** {@code java OPTIONS -cp CLASSPATH MAIN}, ready for the CLI arguments, with this machine's Java. */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", classPath(), mainClass));
        return command;
    }

    /**
     * The jar that holds the main class (its manifest names the libraries beside it) when the CLI runs from one,
     * links resolved,
     * else this JVM's class path (a development checkout, a test run). The jar and not the whole class path: a
     * Spark executor's class path also holds Spark's own jars, with other versions of vfe's libraries.
     */
    private String classPath() {
        try {
            CodeSource source = Class.forName(mainClass, false, Thread.currentThread().getContextClassLoader())
                    .getProtectionDomain().getCodeSource();
            if (source != null) {
                Path location = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    // The jar itself, not a link to it (a loopback cluster's SPARK_HOME/jars links to vfe's jars):
                    // its manifest names lib/ relative to where the jar really is.
                    return location.toRealPath().toString();
                }
            }
        } catch (ClassNotFoundException | URISyntaxException | IllegalArgumentException | IOException e) {
            // Not loadable here, or not from a file: the class path is all there is to go on.
        }
        return System.getProperty("java.class.path");
    }
}
