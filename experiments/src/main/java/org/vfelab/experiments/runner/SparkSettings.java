package org.vfelab.experiments.runner;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a sweep runs its trials on Apache Spark ({@code vfe sweep --executor spark}): one Spark task per trial, which
 * starts the trial's JVM on its executor.
 *
 * @param master      {@code local}, {@code local[N]}, {@code local[*]} (in this JVM, trials on this machine) or a
 *                    standalone cluster {@code spark://HOST:PORT}
 * @param gpusPerTask Spark's {@code spark.task.resource.gpu.amount} on a cluster: 1, or a fraction to let trials
 *                    share a GPU; the executor's GPU becomes the trial's device. Empty: trials on the CPU
 * @param conf        further Spark properties ({@code --conf spark.executor.extraClassPath=...}), which win over
 *                    the ones vfe sets
 */
public record SparkSettings(String master, Optional<Double> gpusPerTask, Map<String, String> conf) {

    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\d+|\\*)(?:,\\d+)?])?");
    private static final Pattern STANDALONE = Pattern.compile("spark://[^:/,\\s]+:\\d{1,5}(?:,[^:/,\\s]+:\\d{1,5})*");
    private static final Pattern OTHER_MANAGER = Pattern.compile("(yarn|k8s|mesos)(?::.*)?", Pattern.CASE_INSENSITIVE);
    private static final int MAX_PORT = 65535;
    private static final String STANDALONE_SCHEME = "spark://";
    private static final String GPU_AMOUNT = "spark.task.resource.gpu.amount";

    public SparkSettings {
        conf = Map.copyOf(conf);
        Matcher other = OTHER_MANAGER.matcher(master);
        if (other.matches()) {
            throw new IllegalArgumentException("--master " + master + ": vfe bundles Spark core, which runs trials "
                    + "in local mode or on a standalone cluster (spark://HOST:7077); "
                    + other.group(1).toLowerCase(Locale.ROOT) + " needs Spark's own module for it");
        }
        if (!LOCAL.matcher(master).matches() && !STANDALONE.matcher(master).matches()) {
            throw new IllegalArgumentException("--master: '" + master + "' is not a Spark master URL; give local, "
                    + "local[N], local[*] (this machine) or spark://HOST:PORT (a standalone cluster)");
        }
        if (STANDALONE.matcher(master).matches()) {
            for (String hostPort : master.substring(STANDALONE_SCHEME.length()).split(",")) {
                String port = hostPort.substring(hostPort.lastIndexOf(':') + 1);
                if (Integer.parseInt(port) < 1 || Integer.parseInt(port) > MAX_PORT) {
                    throw new IllegalArgumentException("--master " + master + ": port " + port + " is not a TCP port "
                            + "(1-" + MAX_PORT + ")");
                }
            }
        }
        if (gpusPerTask.isPresent()) {
            double amount = gpusPerTask.get();
            if (!(amount > 0 && amount <= 1)) {
                throw new IllegalArgumentException("--gpus-per-task " + amount + ": a trial trains on one GPU; give 1, "
                        + "or a fraction such as 0.5 for two trials per GPU");
            }
            if (LOCAL.matcher(master).matches()) {
                throw new IllegalArgumentException("--gpus-per-task: Spark's local mode does not schedule GPUs; with "
                        + "--master " + master + " give the GPUs with --devices 0,1 (one trial per GPU at a time), "
                        + "or use a cluster master");
            }
        }
        for (String key : conf.keySet()) {
            if (!key.startsWith("spark.")) {
                throw new IllegalArgumentException("--conf " + key + ": not a Spark property (spark.*)");
            }
            if (key.equals("spark.master")) {
                throw new IllegalArgumentException("--conf spark.master: give the master with --master");
            }
        }
    }

    /** Whether Spark runs inside this JVM, its tasks (and so the trials' JVMs) on this machine. */
    public boolean local() {
        return LOCAL.matcher(master).matches();
    }

    /** The tasks a local master runs at once: N of {@code local[N]}, every core for {@code local[*]}, else 1. */
    public int localThreads() {
        Matcher matcher = LOCAL.matcher(master);
        if (!matcher.matches()) {
            throw new IllegalStateException(master + " is not a local master");
        }
        String threads = matcher.group(1);
        return threads == null ? 1 : threads.equals("*") ? Runtime.getRuntime().availableProcessors()
                : Integer.parseInt(threads);
    }

    /**
     * The addresses of a standalone master ({@code spark://HOST:PORT}, or {@code spark://H1:P1,H2:P2} for masters
     * with standby), unresolved, in the order given.
     *
     * @throws IllegalStateException for a local master
     */
    public List<InetSocketAddress> masterAddresses() {
        if (local()) {
            throw new IllegalStateException(master + " is a local master, not a cluster's");
        }
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (String hostPort : master.substring(STANDALONE_SCHEME.length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            addresses.add(InetSocketAddress.createUnresolved(hostPort.substring(0, colon),
                    Integer.parseInt(hostPort.substring(colon + 1))));
        }
        return addresses;
    }

    /**
     * Checks that trials on this master can reach {@code trackingUri}: on a cluster they run on other machines, so
     * only a tracking server will do.
     *
     * @throws IllegalArgumentException saying so, for a local store with a cluster master
     */
    public void checkTrackingUri(String trackingUri) {
        String scheme = trackingUri.toLowerCase(Locale.ROOT);
        if (!local() && !scheme.startsWith("http://") && !scheme.startsWith("https://")) {
            throw new IllegalArgumentException("--master " + master + " runs trials on other machines, which cannot "
                    + "write to the local store '" + trackingUri + "' of this one; point them at a shared MLflow "
                    + "tracking server with --tracking-uri http://HOST:5000");
        }
    }

    /**
     * The Spark properties of the sweep's application: the master, no web UI, a failed task not retried (it is a
     * trial, recorded as {@code error}; {@code --rerun-failed} retries it), the GPU per task and the executors' GPU
     * when asked, then {@link #conf}.
     */
    public Map<String, String> properties(String appName) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spark.master", master);
        properties.put("spark.app.name", appName);
        properties.put("spark.ui.enabled", "false");
        properties.put("spark.task.maxFailures", "1");
        gpusPerTask.ifPresent(amount -> {
            properties.put(GPU_AMOUNT, amount == 1 ? "1" : Double.toString(amount));
            properties.put("spark.executor.resource.gpu.amount", "1");
        });
        properties.putAll(conf);
        return properties;
    }
}
