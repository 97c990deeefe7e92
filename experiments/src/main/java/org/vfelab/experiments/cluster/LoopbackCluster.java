package org.vfelab.experiments.cluster;

import org.apache.spark.launcher.JavaModuleOptions;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Spark standalone cluster on this machine: a master and N workers, each its own JVM bound to 127.0.0.1, run from
 * the jars vfe already bundles (Spark 3.5's {@code org.apache.spark.deploy.master.Master} and
 * {@code ...worker.Worker}), with a Spark home laid out for the workers' executors ({@link SparkHomeLayout}). It
 * behaves like a real cluster where it matters to a sweep: executors are JVMs of their own that the workers start,
 * tasks are serialized to them, and a worker can die. What it started is recorded in its folder
 * ({@link ClusterRecord}), and only that is ever stopped. {@code vfe cluster} runs it, and the tests use it as their
 * fixture.
 */
public final class LoopbackCluster {

    /** Where every process of the cluster listens. */
    public static final String HOST = "127.0.0.1";
    private static final String MASTER_CLASS = "org.apache.spark.deploy.master.Master";
    private static final String WORKER_CLASS = "org.apache.spark.deploy.worker.Worker";
    /** The heap of the master and of each worker: they only schedule; executors and trials do the work. */
    private static final String DAEMON_HEAP = "-Xmx512m";
    /** Spark's launcher looks for a build folder to find its Scala version unless it is told. */
    private static final String SCALA_VERSION = "2.12";
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();

    private LoopbackCluster() {
    }

    /**
     * How to start the cluster.
     *
     * @param workers        how many workers (each one JVM, and one executor per sweep)
     * @param coresPerWorker the cores each worker offers: trials at once on it
     * @param memoryPerWorker the memory each worker offers its executors ({@code 1g}); an executor takes
     *                       {@code spark.executor.memory} (1g by default) of it, the trials' own JVMs are apart
     * @param registrationWait how long to wait for the workers to register
     */
    public record Settings(int workers, int coresPerWorker, String memoryPerWorker, Duration registrationWait) {
        public Settings {
            if (workers < 1) {
                throw new IllegalArgumentException("--workers must be >= 1, got " + workers);
            }
            if (coresPerWorker < 1) {
                throw new IllegalArgumentException("--worker-cores must be >= 1, got " + coresPerWorker);
            }
            if (!memoryPerWorker.matches("\\d+[mMgG]")) {
                throw new IllegalArgumentException("--worker-memory '" + memoryPerWorker + "': give megabytes or "
                        + "gigabytes, such as 1024m or 2g");
            }
            if (registrationWait.isNegative() || registrationWait.isZero()) {
                throw new IllegalArgumentException("--wait must be positive, got " + registrationWait);
            }
        }
    }

    /**
     * Starts the master and the workers and waits until every worker has registered; on any failure stops what it
     * started (the logs stay).
     *
     * @param progress where each step is told
     * @throws ClusterException when a cluster started from {@code dir} still runs, or this one fails to start
     */
    public static ClusterRecord start(ClusterDir dir, Settings settings, PrintWriter progress)
            throws ClusterException, InterruptedException {
        Optional<ClusterRecord> earlier = ClusterRecord.read(dir.record());
        if (earlier.isPresent() && earlier.get().processes().stream().anyMatch(StartedProcess::alive)) {
            throw new ClusterException("a cluster started from " + dir + " is still running (master "
                    + earlier.get().masterUrl() + "): stop it first with 'vfe cluster stop --dir " + dir + "'");
        }
        SparkHomeLayout layout;
        int masterPort;
        int webUiPort;
        try {
            Files.createDirectories(dir.logs());
            layout = SparkHomeLayout.create(dir, VfeClassPath.ofThisJvm());
            masterPort = freePort();
            webUiPort = freePort();
        } catch (IOException e) {
            throw new ClusterException("cannot lay out the cluster's folder " + dir + ": " + e.getMessage(), e);
        }
        String masterUrl = "spark://" + HOST + ":" + masterPort;
        URI webUi = URI.create("http://" + HOST + ":" + webUiPort);
        List<StartedProcess> started = new ArrayList<>();
        progress.printf("vfe: starting a Spark master and %d worker%s (%d core%s, %s each) on %s; logs in %s%n",
                settings.workers(), settings.workers() == 1 ? "" : "s", settings.coresPerWorker(),
                settings.coresPerWorker() == 1 ? "" : "s", settings.memoryPerWorker(), HOST, dir.logs());
        progress.flush();
        try {
            started.add(launch(dir, layout, "master", List.of(MASTER_CLASS, "--host", HOST, "--port",
                    Integer.toString(masterPort), "--webui-port", Integer.toString(webUiPort))));
            record(dir, masterUrl, webUi, started);
            for (int worker = 1; worker <= settings.workers(); worker++) {
                String role = "worker-" + worker;
                Files.createDirectories(dir.work(role));
                started.add(launch(dir, layout, role, List.of(WORKER_CLASS, "--host", HOST, "--cores",
                        Integer.toString(settings.coresPerWorker()), "--memory", settings.memoryPerWorker(),
                        "--work-dir", dir.work(role).toString(), "--webui-port", "0", masterUrl)));
                record(dir, masterUrl, webUi, started);
            }
            RegistrationWait.system().await(() -> masterStatus(webUi), settings.workers(), started,
                    settings.registrationWait(), dir, alive -> {
                        progress.printf("vfe: %d of %d workers registered%n", alive, settings.workers());
                        progress.flush();
                    });
            return new ClusterRecord(masterUrl, webUi, started);
        } catch (ClusterException | InterruptedException | RuntimeException e) {
            abandon(dir, started);
            throw e;
        } catch (IOException e) {
            abandon(dir, started);
            throw new ClusterException("cannot start the cluster in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Stops what a failed start had started and forgets it. */
    private static void abandon(ClusterDir dir, List<StartedProcess> started) throws InterruptedException {
        stopAll(started);
        try {
            Files.deleteIfExists(dir.record());
        } catch (IOException e) {
            // The processes are gone; a record of them that is left behind is read as a cluster that has ended.
        }
    }

    /**
     * The cluster started from {@code dir}, if its record is there (its processes may have ended since).
     *
     * @throws ClusterException when the record is damaged
     */
    public static Optional<ClusterRecord> find(ClusterDir dir) throws ClusterException {
        return ClusterRecord.read(dir.record());
    }

    /**
     * Stops the processes started from {@code dir}, workers first (each stops its executors), and forgets them.
     *
     * @return one line per process: stopped, or had already ended; empty when no cluster was started there
     * @throws ClusterException when the record is damaged
     */
    public static List<String> stop(ClusterDir dir) throws ClusterException, InterruptedException {
        Optional<ClusterRecord> record = ClusterRecord.read(dir.record());
        if (record.isEmpty()) {
            return List.of();
        }
        List<String> lines = stopAll(record.get().processes());
        try {
            Files.deleteIfExists(dir.record());
        } catch (IOException e) {
            throw new ClusterException("stopped the cluster, but cannot delete its record " + dir.record() + ": "
                    + e.getMessage(), e);
        }
        return lines;
    }

    /** What the master's web UI says, or empty while it does not answer. */
    public static Optional<MasterStatus> masterStatus(URI webUi) {
        HttpRequest request = HttpRequest.newBuilder(webUi.resolve("/json/")).timeout(HTTP_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(MasterStatus.parse(response.body())) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static StartedProcess launch(ClusterDir dir, SparkHomeLayout layout, String role, List<String> mainAndArgs)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(DAEMON_HEAP);
        command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptions().trim().split("\\s+")));
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
        command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
        command.add("-cp");
        command.add(classPath(dir, layout));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.log(role).toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        Map<String, String> environment = builder.environment();
        environment.put("SPARK_HOME", dir.sparkHome().toString());
        environment.put("SPARK_SCALA_VERSION", SCALA_VERSION);
        environment.put("SPARK_LOCAL_IP", HOST);
        environment.put("SPARK_DIST_CLASSPATH", layout.classFolders().stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)));
        return StartedProcess.of(role, builder.start().toHandle());
    }

    /** The class path of the master and workers: the Spark home's jars, then any class folders. */
    private static String classPath(ClusterDir dir, SparkHomeLayout layout) {
        List<String> entries = new ArrayList<>();
        entries.add(dir.jars().resolve("*").toString());
        layout.classFolders().forEach(folder -> entries.add(folder.toString()));
        return String.join(File.pathSeparator, entries);
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void record(ClusterDir dir, String masterUrl, URI webUi, List<StartedProcess> started)
            throws IOException {
        new ClusterRecord(masterUrl, webUi, started).write(dir.record());
    }

    /** Stops the workers (last first), then the master. */
    private static List<String> stopAll(List<StartedProcess> processes) throws InterruptedException {
        List<StartedProcess> order = new ArrayList<>(processes);
        Collections.reverse(order);
        List<String> lines = new ArrayList<>();
        for (StartedProcess process : order) {
            lines.add(process.stop() ? "stopped " + process.role() + " (pid " + process.pid() + ")"
                    : process.role() + " (pid " + process.pid() + ") had already ended");
        }
        return lines;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
