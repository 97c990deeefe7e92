package org.vfelab.experiments.runner;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.launcher.JavaModuleOptions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts this JVM as the driver of a Spark application, for a sweep ({@link SparkHost}) or a cluster check
 * ({@link ExecutorCheck}), and fails early with a message that says what to do: JDK packages that Java 17 keeps
 * closed, a standalone master that does not answer (a connection attempt, so a missing master is an error within
 * {@link #MASTER_CONNECT_TIMEOUT} rather than after Spark's own minute of retries), and a cluster on which no
 * executor registers.
 */
final class SparkDriver {

    /** How long the driver tries to connect to each address of a standalone master before it gives up. */
    static final Duration MASTER_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Spark's own name for how long its scheduler waits for executors to register before it starts. */
    static final String REGISTRATION_WAIT = "spark.scheduler.maxRegisteredResourcesWaitingTime";
    private static final String ADD_OPENS = "--add-opens=";
    private static final long POLL_MILLIS = 200;
    /** Loggers whose warnings (this machine's network address, Hadoop's native libraries) are noise in a sweep. */
    private static final List<String> NOISY_LOGGERS = List.of("org.apache.spark", "org.apache.hadoop",
            "org.sparkproject");
    private static final String SIMPLE_LOGGER_LEVEL = "org.slf4j.simpleLogger.log.";

    private SparkDriver() {
    }

    /**
     * Starts the application; on a cluster, returns once its first executor has registered.
     *
     * @throws SparkUnavailableException when Spark cannot start, the master does not answer, or no executor registers
     *                                   within {@link #REGISTRATION_WAIT}
     */
    static JavaSparkContext start(SparkSettings settings, String appName) throws SparkUnavailableException {
        requireOpenPackages();
        quietSparkLogs();
        if (!settings.local()) {
            requireMaster(settings);
        }
        SparkConf conf = new SparkConf();
        settings.properties(appName).forEach(conf::set);
        JavaSparkContext spark;
        try {
            spark = new JavaSparkContext(conf);
        } catch (Exception e) {
            // SparkException is checked but undeclared: Scala throws it through Java's compiler.
            throw new SparkUnavailableException("Spark failed to start with master " + settings.master() + ": "
                    + firstLine(e), e);
        }
        if (!settings.local()) {
            awaitExecutor(spark, settings, conf.getTimeAsMs(REGISTRATION_WAIT, "30s"));
        }
        return spark;
    }

    /** The first line of a Spark exception's message: Spark appends whole stack traces to it. */
    static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }

    /**
     * Spark reaches into JDK internals that Java 17 keeps closed unless the JVM opens them, as Spark's own launcher
     * does ({@code ./vfe} does too); without them it fails deep inside with a message that names none of this.
     */
    private static void requireOpenPackages() throws SparkUnavailableException {
        Module self = SparkDriver.class.getModule();
        List<String> missing = Arrays.stream(JavaModuleOptions.defaultModuleOptions().split("\\s+"))
                .filter(option -> option.startsWith(ADD_OPENS))
                .filter(option -> {
                    String[] target = option.substring(ADD_OPENS.length()).split("=")[0].split("/");
                    return ModuleLayer.boot().findModule(target[0])
                            .map(module -> !module.isOpen(target[1], self)).orElse(false);
                })
                .toList();
        if (!missing.isEmpty()) {
            throw new SparkUnavailableException("Spark needs the JVM to open JDK packages to it: start vfe with "
                    + "./vfe, which does, or give java these options: " + String.join(" ", missing), null);
        }
    }

    /** Spark's and Hadoop's loggers at ERROR, unless this JVM was started with a level of its own for them. */
    private static void quietSparkLogs() {
        for (String logger : NOISY_LOGGERS) {
            if (System.getProperty(SIMPLE_LOGGER_LEVEL + logger) == null) {
                System.setProperty(SIMPLE_LOGGER_LEVEL + logger, "error");
            }
        }
    }

    /** Some address of the standalone master accepts a connection; Spark itself would retry for a minute. */
    private static void requireMaster(SparkSettings settings) throws SparkUnavailableException {
        List<String> failures = new ArrayList<>();
        for (InetSocketAddress address : settings.masterAddresses()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.getHostString(), address.getPort()),
                        (int) MASTER_CONNECT_TIMEOUT.toMillis());
                return;
            } catch (IOException e) {
                failures.add(address.getHostString() + ":" + address.getPort() + ": " + e.getMessage());
            }
        }
        throw new SparkUnavailableException("no Spark master answers at " + settings.master() + " ("
                + String.join("; ", failures) + "): start one ('vfe cluster start' on this machine, Spark's "
                + "sbin/start-master.sh on a cluster) or correct --master", null);
    }

    /** Waits for a cluster's first executor; without one, the trials would wait for ever. */
    private static void awaitExecutor(JavaSparkContext spark, SparkSettings settings, long waitMillis)
            throws SparkUnavailableException {
        long deadline = System.currentTimeMillis() + waitMillis;
        // The driver counts as one of the executors Spark lists.
        while (spark.sc().statusTracker().getExecutorInfos().length < 2) {
            boolean gaveUp = spark.sc().isStopped();
            if (gaveUp || System.currentTimeMillis() > deadline) {
                spark.stop();
                throw new SparkUnavailableException(gaveUp ? "Spark gave up on master " + settings.master()
                        + " before any executor registered (its error above says why): check that the master is up "
                        + "and reachable from here" : "no Spark executor registered with master " + settings.master()
                        + " within " + Duration.ofMillis(waitMillis).toSeconds() + " s (" + REGISTRATION_WAIT
                        + "): check that its workers have free cores and memory for spark.executor.memory"
                        + (settings.gpusPerTask().isPresent() ? " and GPUs (spark.worker.resource.gpu.*)" : ""), null);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                spark.stop();
                throw new SparkUnavailableException("interrupted while waiting for Spark executors", e);
            }
        }
    }
}
