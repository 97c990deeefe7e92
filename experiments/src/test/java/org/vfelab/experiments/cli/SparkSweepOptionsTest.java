package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spark options of {@code vfe sweep}, checked before anything runs or any store is touched. */
class SparkSweepOptionsTest {

    private static final String SWEEP = "sweeps/smoke-sweep.yaml";

    @Test
    void sparkOptionsGoWithTheSparkExecutor() {
        assertRefused(CliRunner.run("sweep", SWEEP, "--master", "local[2]"), "go with --executor spark");
        assertRefused(CliRunner.run("sweep", SWEEP, "--conf", "spark.ui.enabled=true"), "go with --executor spark");
        assertRefused(CliRunner.run("sweep", SWEEP, "--executor", "hadoop"), "--executor");
    }

    @Test
    void aBadMasterIsRefusedWithTheFormsThatWork() {
        assertRefused(CliRunner.run("sweep", SWEEP, "--executor", "spark", "--master", "spark:/head:7077"),
                "'spark:/head:7077' is not a Spark master URL; give local, local[N], local[*]");
        assertRefused(CliRunner.run("sweep", SWEEP, "--executor", "spark", "--master", "yarn"),
                "standalone cluster (spark://HOST:7077); yarn needs");
    }

    @Test
    void aClusterNeedsATrackingServerAndItsOwnGpus() {
        assertRefused(CliRunner.run("sweep", SWEEP, "--executor", "spark", "--master", "spark://head:7077"),
                "cannot write to the local store 'mlruns'", "--tracking-uri http://HOST:5000");
        assertRefused(CliRunner.run("sweep", SWEEP, "--executor", "spark", "--master", "spark://head:7077",
                "--devices", "0,1", "--tracking-uri", "http://mlflow:5000"), "--gpus-per-task 1");
        assertRefused(CliRunner.run("sweep", SWEEP, "--executor", "spark", "--gpus-per-task", "1"),
                "--master local[*] give the GPUs with --devices 0,1");
        assertRefused(CliRunner.run("sweep", SWEEP, "--executor", "spark", "--master", "spark://head:7077",
                "--gpus-per-task", "2", "--tracking-uri", "http://mlflow:5000"), "a trial trains on one GPU");
    }

    private static void assertRefused(CliRunner result, String... messages) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains(messages);
        assertThat(result.out()).doesNotContain("to run");
    }
}
