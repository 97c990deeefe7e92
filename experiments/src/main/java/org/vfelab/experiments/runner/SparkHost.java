package org.vfelab.experiments.runner;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.launcher.JavaModuleOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Trials as Spark tasks: this JVM is the Spark driver, and each trial is a one-task Spark job, submitted from the
 * slot thread that took it, whose task starts the trial's JVM on an executor ({@link SparkTrialTask}). Spark's
 * scheduler decides where the task runs and, on a cluster, gives it a GPU when the sweep asks for GPUs (local mode
 * schedules none: there the driver deals the GPUs of {@code --devices} to its slots, as the local runner does). A
 * task that fails is not retried: the trial is recorded as {@code error} with Spark's reason, and the others go on.
 * Spark starts only when some trial is to run, so a sweep with nothing left to do needs no cluster.
 */
final class SparkHost implements TrialHost {

    private static final String ADD_OPENS = "--add-opens=";
    /** Spark's own name for how long its scheduler waits for executors to register before it starts. */
    private static final String REGISTRATION_WAIT = "spark.scheduler.maxRegisteredResourcesWaitingTime";
    private static final long POLL_MILLIS = 200;
    /** Loggers whose warnings (this machine's network address, Hadoop's native libraries) are noise in a sweep. */
    private static final List<String> NOISY_LOGGERS = List.of("org.apache.spark", "org.apache.hadoop",
            "org.sparkproject");
    private static final String SIMPLE_LOGGER_LEVEL = "org.slf4j.simpleLogger.log.";

    private final SparkSettings settings;
    private final ChildJvm jvm;
    private final Optional<Duration> timeout;
    private final String appName;
    private volatile JavaSparkContext spark;

    SparkHost(SparkSettings settings, ChildJvm jvm, Optional<Duration> timeout, String appName) {
        this.settings = settings;
        this.jvm = jvm;
        this.timeout = timeout;
        this.appName = appName;
    }

    @Override
    public void open() throws SparkUnavailableException {
        requireOpenPackages();
        quietSparkLogs();
        SparkConf conf = new SparkConf();
        settings.properties(appName).forEach(conf::set);
        try {
            spark = new JavaSparkContext(conf);
        } catch (Exception e) {
            // SparkException is checked but undeclared: Scala throws it through Java's compiler.
            throw new SparkUnavailableException("Spark failed to start with master " + settings.master() + ": "
                    + firstLine(e), e);
        }
        if (!settings.local()) {
            awaitExecutor(conf.getTimeAsMs(REGISTRATION_WAIT, "30s"));
        }
    }

    @Override
    public String describe(List<DeviceSlot> slots) {
        if (spark == null) {
            return DeviceSlot.describe(slots) + " (Spark not started: nothing to run)";
        }
        String application = " of application " + spark.sc().applicationId() + " on " + settings.master();
        if (settings.local()) {
            return DeviceSlot.describe(slots) + ", as Spark tasks" + application;
        }
        return "up to " + slots.size() + " Spark tasks at once" + settings.gpusPerTask().map(amount -> " ("
                + amount + " GPU each)").orElse("") + application;
    }

    @Override
    public String placement(DeviceSlot slot) {
        return settings.gpusPerTask().isPresent() ? "spark-gpu" : slot.tag();
    }

    @Override
    public Launched launch(TrialJob job, DeviceSlot slot, Path log, Consumer<String> lines)
            throws IOException, Lost {
        SparkTrialTask task = new SparkTrialTask(jvm, slot, timeout);
        List<SparkTrialTask.Result> results;
        spark.setJobGroup("vfe-trial-" + job.key(), "vfe trial " + job.key(), true);
        try {
            results = spark.parallelize(List.of(job), 1).map(task).collect();
        } catch (Exception e) {
            // A failed or cancelled task comes back as a SparkException, undeclared like the one above.
            throw new Lost("its Spark task failed: " + firstLine(e), e);
        } finally {
            spark.clearJobGroup();
        }
        SparkTrialTask.Result result = results.get(0);
        Files.writeString(log, result.output(), StandardCharsets.UTF_8);
        return new Launched(result.exit(), result.device());
    }

    @Override
    public void stopAll() {
        JavaSparkContext running = spark;
        if (running != null) {
            try {
                running.cancelAllJobs();
            } catch (RuntimeException e) {
                // Spark's own shutdown hook is stopping it: its tasks, and so the trials' JVMs, end with it.
            }
        }
    }

    @Override
    public void close() {
        if (spark != null) {
            spark.stop();
        }
    }

    /**
     * Spark reaches into JDK internals that Java 17 keeps closed unless the JVM opens them, as Spark's own launcher
     * does ({@code ./vfe} does too); without them it fails deep inside with a message that names none of this.
     */
    private static void requireOpenPackages() throws SparkUnavailableException {
        Module self = SparkHost.class.getModule();
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

    /** Waits for a cluster's first executor; without one, the trials would wait for ever. */
    private void awaitExecutor(long waitMillis) throws SparkUnavailableException {
        long deadline = System.currentTimeMillis() + waitMillis;
        // The driver counts as one of the executors Spark lists.
        while (spark.sc().statusTracker().getExecutorInfos().length < 2) {
            boolean gaveUp = spark.sc().isStopped();
            if (gaveUp || System.currentTimeMillis() > deadline) {
                spark.stop();
                spark = null;
                throw new SparkUnavailableException(gaveUp ? "Spark gave up on master " + settings.master()
                        + " before any executor registered (its error above says why): check that the master is up "
                        + "and reachable from here" : "no Spark executor registered with master " + settings.master()
                        + " within " + Duration.ofMillis(waitMillis).toSeconds() + " s (" + REGISTRATION_WAIT
                        + "): check that its workers have free cores" + (settings.gpusPerTask().isPresent()
                        ? " and GPUs (spark.worker.resource.gpu.*)" : ""), null);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SparkUnavailableException("interrupted while waiting for Spark executors", e);
            }
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }
}
