package org.vfelab.experiments.runner;

import org.apache.spark.api.java.JavaSparkContext;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code vfe cluster check}: before a sweep, runs one tiny task ({@link ExecutorProbe}) on every executor a cluster
 * gives an application, to show what a trial would find there: Java, vfe's jar and libraries, GPUs. Spark does not
 * place tasks on chosen executors, so the check runs rounds of as many tasks as there are executors until each has
 * answered; each task starts a JVM, which holds its core long enough for the others to go elsewhere.
 */
public final class ExecutorCheck {

    private static final int MAX_ROUNDS = 5;
    /** How long the executor count must stay unchanged before the check takes it as all the cluster gives. */
    private static final Duration SETTLE = Duration.ofSeconds(3);
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(20);

    private ExecutorCheck() {
    }

    /**
     * Starts an application on {@code settings}' master, probes every executor and stops it.
     *
     * @param trialJvm the JVM a trial would start (its options), which each probe starts to ask vfe its version
     * @return one report per executor that answered, by executor id
     * @throws SparkUnavailableException when Spark cannot start or no executor registers
     */
    public static List<ExecutorReport> run(SparkSettings settings, ChildJvm trialJvm, PrintWriter progress)
            throws SparkUnavailableException, InterruptedException {
        JavaSparkContext spark = SparkDriver.start(settings, "vfe cluster check");
        try {
            int executors = awaitSettled(spark);
            progress.printf("vfe: %d executor%s registered with %s; probing each%n", executors,
                    executors == 1 ? "" : "s", settings.master());
            progress.flush();
            Map<String, ExecutorReport> reports = new LinkedHashMap<>();
            ExecutorProbe probe = new ExecutorProbe(trialJvm);
            for (int round = 0; round < MAX_ROUNDS && reports.size() < executors; round++) {
                List<Integer> tasks = IntStream.range(0, executors).boxed().toList();
                for (ExecutorReport report : spark.parallelize(tasks, tasks.size()).map(probe).collect()) {
                    reports.putIfAbsent(report.executor(), report);
                }
            }
            if (reports.size() < executors) {
                progress.printf("vfe: %d of %d executors answered in %d rounds (Spark placed the others' tasks "
                        + "elsewhere)%n", reports.size(), executors, MAX_ROUNDS);
            }
            return new ArrayList<>(reports.values());
        } finally {
            spark.stop();
        }
    }

    /** The executors (the driver not counted) once their number has stopped rising. */
    private static int awaitSettled(JavaSparkContext spark) throws InterruptedException {
        long limit = System.nanoTime() + SETTLE_LIMIT.toNanos();
        int count = executors(spark);
        long stableSince = System.nanoTime();
        while (System.nanoTime() - stableSince < SETTLE.toNanos() && System.nanoTime() < limit) {
            Thread.sleep(200);
            int now = executors(spark);
            if (now != count) {
                count = now;
                stableSince = System.nanoTime();
            }
        }
        return count;
    }

    private static int executors(JavaSparkContext spark) {
        // The driver is one of the executors Spark lists.
        return Math.max(1, spark.sc().statusTracker().getExecutorInfos().length - 1);
    }
}
