package org.vfelab.experiments.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.experiments.cluster.ClusterDir;
import org.vfelab.experiments.cluster.ClusterRecord;
import org.vfelab.experiments.cluster.LoopbackCluster;
import org.vfelab.experiments.cluster.StartedProcess;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.sweep.SweepFiles;
import org.vfelab.experiments.sweep.SweepPlan;
import org.vfelab.tracking.FakeMlflowServer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smoke sweep on a real Spark standalone cluster: a master and two workers, each its own JVM on loopback,
 * started by the code behind {@code vfe cluster start}, with trials on the workers' executors logging to a tracking
 * server (the in-process fake). A worker is killed (SIGKILL) while a trial runs under it: that attempt is recorded
 * as killed and the trial runs again elsewhere, so every trial key still finishes exactly once, each on an executor
 * that it names; a second invocation then runs nothing. One sweep covers both, to keep the test near two minutes.
 */
@Tag("integration")
class LoopbackClusterSweepTest {

    private static final String SMOKE_SWEEP = Path.of("sweeps/smoke-sweep.yaml").toAbsolutePath().toString();
    private static final Duration SWEEP_LIMIT = Duration.ofMinutes(8);

    @TempDir
    static Path dir;
    private static ClusterDir clusterDir;
    private static ClusterRecord cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        clusterDir = new ClusterDir(dir.resolve("cluster"));
        cluster = LoopbackCluster.start(clusterDir, new LoopbackCluster.Settings(2, 1, "1g", Duration.ofMinutes(2)),
                new PrintWriter(System.out, true));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        List<String> stopped = LoopbackCluster.stop(clusterDir);
        System.out.println(String.join("\n", stopped));
    }

    @Test
    void theSmokeSweepSurvivesAKilledWorkerWithEveryKeyFinishedOnceOnAnExecutorAndARerunRunsNothing()
            throws Exception {
        List<PlannedTrial> plan = SweepPlan.expand(SweepFiles.load(Path.of(SMOKE_SWEEP)));
        StartedProcess worker = cluster.process("worker-2").orElseThrow();
        try (FakeMlflowServer server = new FakeMlflowServer()) {
            String[] args = {"sweep", SMOKE_SWEEP, "--executor", "spark", "--master", cluster.masterUrl(),
                "--tracking-uri", server.uri().toString()};
            CompletableFuture<CliRunner> sweep = CompletableFuture.supplyAsync(() -> CliRunner.run(args));
            Trial victim = trainingUnder(worker, server, sweep);

            worker.kill();
            CliRunner result = sweep.get(SWEEP_LIMIT.toSeconds(), TimeUnit.SECONDS);

            System.out.println(result.out());
            assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
            assertThat(result.out()).contains("4 to run, 0 finished before, on up to 4 Spark tasks at once",
                    "on " + cluster.masterUrl(), "recorded as killed, running it again (attempt 2 of at most 3)",
                    "4 finished");
            assertThat(ProcessHandle.of(victim.pid()).filter(ProcessHandle::isAlive)).as("the trial's JVM died "
                    + "with its executor, so it cannot finish its run later").isEmpty();
            Map<String, List<String>> finishedByKey = server.runIds().stream()
                    .filter(runId -> "trial".equals(server.tags(runId).get("vfe.role")))
                    .filter(runId -> server.status(runId).equals("FINISHED"))
                    .collect(Collectors.groupingBy(runId -> server.tags(runId).get("vfe.trial_key")));
            assertThat(finishedByKey.keySet())
                    .containsExactlyInAnyOrderElementsOf(plan.stream().map(PlannedTrial::key).toList());
            assertThat(finishedByKey).allSatisfy((key, runs) -> {
                assertThat(runs).as(key).hasSize(1);
                Map<String, String> tags = server.tags(runs.get(0));
                assertThat(tags).containsEntry("vfe.outcome", "finished").containsEntry("vfe.host", "127.0.0.1");
                assertThat(tags.get("vfe.executor")).as("an executor of the cluster, not the driver")
                        .matches("\\d+");
            });
            Map<String, String> dead = server.tags(victim.runId());
            assertThat(server.status(victim.runId())).isEqualTo("KILLED");
            assertThat(dead).containsEntry("vfe.outcome", "killed").containsKey("vfe.executor");
            assertThat(dead.get("vfe.error")).contains("its Spark executor " + dead.get("vfe.executor"), "was lost");
            assertThat(trialTags(server)).as("the finished four and the dead attempt").hasSize(5);
            Map<String, String> retry = server.tags(finishedByKey.get(dead.get("vfe.trial_key")).get(0));
            assertThat(retry).containsEntry("vfe.attempt", "2").containsEntry("vfe.outcome", "finished");
            assertThat(retry.get("vfe.executor")).isNotEqualTo(dead.get("vfe.executor"));

            CliRunner again = CliRunner.run(args);

            System.out.println(again.out());
            assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
            assertThat(again.out()).contains("0 to run, 4 finished before", "(Spark not started: nothing to run)");
            assertThat(trialTags(server)).hasSize(5);
        }
    }

    /** A trial's JVM and run, as the worker's executor started it. */
    private record Trial(long pid, String runId) {
    }

    /**
     * The first trial whose JVM runs under {@code worker} (worker, executor, trial), once that JVM has taken over its
     * run (it tags the descriptor it trains just before training starts).
     */
    private static Trial trainingUnder(StartedProcess worker, FakeMlflowServer server,
                                       CompletableFuture<CliRunner> sweep) throws InterruptedException {
        long deadline = System.nanoTime() + SWEEP_LIMIT.toNanos();
        while (System.nanoTime() < deadline && !sweep.isDone()) {
            Optional<Trial> trial = worker.running().stream().flatMap(ProcessHandle::children)
                    .flatMap(ProcessHandle::children).flatMap(process -> sweepChild(process).stream()).findFirst();
            if (trial.isPresent() && server.tags(trial.get().runId()).containsKey("vfe.descriptor")) {
                return trial.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no trial ran under " + worker.role() + " before the sweep ended: "
                + (sweep.isDone() ? sweep.join().out() : "still running"));
    }

    /**
     * The trial a process runs, from its command line: read from {@code /proc}, as the JDK gives no arguments for a
     * command line as long as a test run's class path makes the trials'.
     */
    private static Optional<Trial> sweepChild(ProcessHandle process) {
        List<String> arguments;
        try {
            arguments = List.of(new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()),
                    "cmdline")), StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            return Optional.empty();
        }
        int at = arguments.indexOf("--sweep-child");
        return at < 0 || at + 1 >= arguments.size() ? Optional.empty()
                : Optional.of(new Trial(process.pid(), arguments.get(at + 1)));
    }

    private static List<Map<String, String>> trialTags(FakeMlflowServer server) {
        return server.runIds().stream().map(server::tags).filter(tags -> "trial".equals(tags.get("vfe.role")))
                .toList();
    }
}
