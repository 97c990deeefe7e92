package org.vfelab.experiments.runner;

import org.vfelab.core.memory.ResidentMemorySampler;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One trial's JVM: started with the runner's class path, its output copied line by line to a log file and to a
 * listener (for the progress table), its standard input held open so that the trial stops when the runner dies,
 * and its peak resident memory sampled from {@code /proc} so a JVM that the kernel kills still has a memory figure.
 */
final class TrialProcess {

    /** How long a trial asked to stop (SIGTERM: it records itself as killed) gets before it is killed outright. */
    private static final Duration GRACE = Duration.ofSeconds(20);
    private static final long SAMPLE_MILLIS = 500;

    private final Process process;
    private final Thread copier;
    private volatile long peakResidentBytes;

    private TrialProcess(Process process, Path log, Consumer<String> lines) throws IOException {
        this.process = process;
        Writer writer = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        this.copier = new Thread(() -> copy(writer, lines), "trial-output-" + process.pid());
        copier.setDaemon(true);
        copier.start();
    }

    /**
     * Starts {@code command} with extra environment variables, copying its output to {@code log}.
     *
     * @throws UncheckedIOException when the JVM cannot be started
     */
    static TrialProcess start(List<String> command, Map<String, String> environment, Path log,
                              Consumer<String> lines) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            return new TrialProcess(builder.start(), log, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the trial's JVM (" + command.get(0) + "): " + e.getMessage(),
                    e);
        }
    }

    /** Waits for the trial to end, or stops it after {@code timeout}; returns how it ended. */
    Exit await(Optional<Duration> timeout) throws InterruptedException {
        long deadline = timeout.map(t -> System.nanoTime() + t.toNanos()).orElse(Long.MAX_VALUE);
        while (!process.waitFor(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
            sampleMemory();
            if (System.nanoTime() > deadline) {
                stop();
                copier.join(GRACE.toMillis());
                return new Exit(process.exitValue(), true, peakResidentBytes);
            }
        }
        copier.join(GRACE.toMillis());
        return new Exit(process.exitValue(), false, peakResidentBytes);
    }

    /** Asks the trial to stop (SIGTERM, so it records itself as killed), and kills it if it does not in time. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** Samples the trial's peak RSS; where it cannot be read (not Linux, or the process just ended) the last stands. */
    private void sampleMemory() {
        ResidentMemorySampler.peakOfProcess(process.pid())
                .ifPresent(peak -> peakResidentBytes = Math.max(peakResidentBytes, peak));
    }

    private void copy(Writer log, Consumer<String> lines) {
        try (log; BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                log.write(line);
                log.write('\n');
                log.flush();
                lines.accept(line);
            }
        } catch (IOException e) {
            // The trial's output ended with the process; what was read is in the log.
        }
    }

    /**
     * How a trial JVM ended; serializable, as a Spark task sends it back to the driver.
     *
     * @param status            its exit status (128 + signal when a signal ended it)
     * @param timedOut          whether the runner stopped it for running past the timeout
     * @param peakResidentBytes its peak RSS as sampled by the runner (0 where /proc is not available)
     */
    record Exit(int status, boolean timedOut, long peakResidentBytes) implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
