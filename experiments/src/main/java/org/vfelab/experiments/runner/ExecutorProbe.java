package org.vfelab.experiments.runner;

import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.resource.ResourceInformation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The task of {@code vfe cluster check} on one executor: what a trial there would need. It reports the executor's
 * Java, starts vfe the way a trial starts ({@code java -cp VFE ... --version}, with the trial JVM's options) to show
 * that vfe's jar and libraries are found, and lists the GPUs Spark gave the task and those {@code nvidia-smi} sees.
 */
final class ExecutorProbe implements Function<Integer, ExecutorReport> {

    private static final long serialVersionUID = 1L;
    private static final long VERSION_TIMEOUT_SECONDS = 60;
    private static final long NVIDIA_SMI_TIMEOUT_SECONDS = 20;
    /** The status of a command that could not be started at all. */
    private static final int NOT_STARTED = -2;

    private final ChildJvm jvm;

    ExecutorProbe(ChildJvm jvm) {
        this.jvm = jvm;
    }

    @Override
    public ExecutorReport call(Integer task) throws InterruptedException {
        ResourceInformation gpus = TaskContext.get().resourcesJMap().get(SparkDevices.GPU);
        String given = gpus == null || gpus.addresses().length == 0 ? "none" : String.join(",", gpus.addresses());
        return new ExecutorReport(SparkEnv.get().executorId(), SparkEnv.get().blockManager().blockManagerId().host(),
                System.getProperty("java.version") + " (" + System.getProperty("java.home") + ")", vfe(),
                given, nvidiaSmi());
    }

    /** The first line vfe prints for {@code --version} in a JVM started as a trial's is, and from where. */
    private String vfe() throws InterruptedException {
        List<String> command = new ArrayList<>(jvm.command());
        String classPath = command.get(command.indexOf("-cp") + 1);
        command.add("--version");
        Run run = Run.of(command, VERSION_TIMEOUT_SECONDS);
        return run.ok() ? run.firstLine() + " from " + classPath
                : ExecutorReport.failed(run.failure()) + " with -cp " + classPath;
    }

    private static String nvidiaSmi() throws InterruptedException {
        Run run = Run.of(List.of("nvidia-smi", "-L"), NVIDIA_SMI_TIMEOUT_SECONDS);
        if (!run.ok()) {
            return run.status() == NOT_STARTED ? "none (no nvidia-smi on the PATH)"
                    : "none (nvidia-smi: " + run.failure() + ")";
        }
        List<String> lines = run.output().lines().filter(line -> line.startsWith("GPU ")).toList();
        return lines.isEmpty() ? "none" : lines.size() + ": " + String.join("; ", lines);
    }

    /** A short command's output, or why it failed. */
    private record Run(int status, String output, String error) {

        static Run of(List<String> command, long timeoutSeconds) throws InterruptedException {
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException e) {
                return new Run(NOT_STARTED, "", e.getMessage());
            }
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "";
                }
            });
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Run(-1, "", "no answer within " + timeoutSeconds + " s");
            }
            try {
                return new Run(process.exitValue(), output.get(timeoutSeconds, TimeUnit.SECONDS), null);
            } catch (ExecutionException | TimeoutException e) {
                return new Run(process.exitValue(), "", null);
            }
        }

        boolean ok() {
            return status == 0;
        }

        String firstLine() {
            return output.lines().findFirst().orElse("").trim();
        }

        String failure() {
            return error != null ? error : "exit " + status + ": " + output.lines().reduce((a, b) -> b).orElse("")
                    .trim();
        }
    }
}
