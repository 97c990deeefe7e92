package org.vfelab.experiments.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), VfeCommand.class.getName()));
        return command;
    }

    /** This JVM's options, without debugger and agent options that cannot be shared by two JVMs. */
    static List<String> ownJvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !option.startsWith("-agentlib") && !option.startsWith("-javaagent")
                        && !option.startsWith("-Xrunjdwp") && !option.startsWith("-Xdebug"))
                .toList();
    }
}
