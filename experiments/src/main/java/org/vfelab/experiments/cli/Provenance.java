package org.vfelab.experiments.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What produced a set of results, in one line for a committed report: the vfe-lab commit (from git, when the command
 * runs in a checkout), the CPU, cores and memory of the machine, and the Java runtime. Numbers measured on two cores
 * mean little without it.
 */
final class Provenance {

    private Provenance() {
    }

    /** {@code vfe-lab 1a2b3c4 on AMD EPYC 7B13 (2 cores, 23.5 GiB), Linux amd64, Java 17.0.9}. */
    static String describe(Path checkout) {
        Runtime runtime = Runtime.getRuntime();
        return "vfe-lab " + commit(checkout) + " on " + cpu() + " (" + runtime.availableProcessors() + " cores, "
                + memory() + "), " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + System.getProperty("java.version");
    }

    private static String commit(Path checkout) {
        try {
            Process git = new ProcessBuilder("git", "-C", checkout.toString(), "describe", "--always", "--dirty")
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            boolean ended = git.waitFor(10, TimeUnit.SECONDS);
            return ended && git.exitValue() == 0 && !out.isEmpty() ? "commit " + out : "commit unknown (not a checkout)";
        } catch (IOException e) {
            return "commit unknown (no git)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "commit unknown";
        }
    }

    private static String cpu() {
        return lines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("an unknown CPU");
    }

    private static String memory() {
        return lines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                .map(line -> String.format(Locale.ROOT, "%.1f GiB",
                        Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .findFirst().orElse("memory unknown");
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
