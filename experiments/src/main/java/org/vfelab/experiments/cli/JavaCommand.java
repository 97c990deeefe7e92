package org.vfelab.experiments.cli;

import org.vfelab.experiments.runner.ChildJvm;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * The command that starts this CLI in a new JVM, for work that must not share this one: sweep trials (memory
 * returned, crashes contained) and benchmark cases (clean memory figures, their own thread count).
 */
final class JavaCommand {

    private JavaCommand() {
    }

    /** {@code java OPTIONS -cp CLASSPATH org.vfelab.experiments.cli.VfeCommand}, ready for the CLI arguments. */
    static List<String> of(List<String> jvmOptions) {
        return jvm(jvmOptions).command();
    }

    /** This CLI in a new JVM with {@code jvmOptions}, as a value that is put together where the JVM starts. */
    static ChildJvm jvm(List<String> jvmOptions) {
        return new ChildJvm(jvmOptions, VfeCommand.class.getName());
    }

    /**
     * The JVM options a {@code --trial-jvm-options} value names, split at whitespace, or this JVM's own options when
     * it is not given.
     */
    static List<String> options(String given) {
        return given == null ? ownJvmOptions()
                : Arrays.stream(given.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }

    /** This JVM's options, without debugger and agent options that cannot be shared by two JVMs. */
    static List<String> ownJvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !option.startsWith("-agentlib") && !option.startsWith("-javaagent")
                        && !option.startsWith("-Xrunjdwp") && !option.startsWith("-Xdebug"))
                .toList();
    }
}
