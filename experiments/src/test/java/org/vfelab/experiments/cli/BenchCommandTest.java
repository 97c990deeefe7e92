package org.vfelab.experiments.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vfe bench} on the CI configuration: it measures every case and writes the JSON keys issue 7 fixes. */
@Tag("integration")
class BenchCommandTest {

    private static final List<String> KEYS = List.of("backbone", "mask_ratio", "threads", "median_step_seconds",
            "clips_per_second", "model_gflop_per_step", "achieved_gflops", "gemm_gflops", "peak_memory_megabytes",
            "estimated_memory_megabytes", "nd4j_binary");

    @TempDir
    Path dir;

    @Test
    void benchSmokeMeasuresEveryCaseInItsOwnJvmAndWritesTheJson() throws Exception {
        Path json = dir.resolve("bench.json");

        CliRunner bench = CliRunner.run("bench", "--config", "bench-smoke", "--backbones", "joint,frame-avg",
                "--mask", "0,0.75", "--steps", "2", "--warmup", "2", "--profile", "--threads", "1", "--json",
                json.toString());

        assertThat(bench.exitCode()).as(bench.err()).isZero();
        JsonNode cases = new ObjectMapper().readTree(json.toFile()).path("cases");
        assertThat(cases).hasSize(4);
        for (JsonNode result : cases) {
            assertThat(result.fieldNames()).toIterable().containsAll(KEYS);
            for (String key : List.of("median_step_seconds", "model_gflop_per_step", "achieved_gflops", "gemm_gflops",
                    "peak_memory_megabytes", "estimated_memory_megabytes", "rss_at_last_step_megabytes")) {
                assertThat(result.path(key).asDouble()).as(key).isPositive();
            }
        }
        assertThat(cases.get(1).path("mask_ratio").asDouble()).isEqualTo(0.75);
        assertThat(cases.get(1).path("threads").asInt()).as("--threads reaches the case's JVM").isEqualTo(1);
        assertThat(cases.get(1).path("rss_at_step_100_megabytes").isNull()).as("too few steps to say").isTrue();
        // A quarter of the tokens in a masked step: its matmuls have fewer FLOPs than the unmasked step's.
        assertThat(cases.get(1).path("model_gflop_per_step").asDouble())
                .isLessThan(cases.get(0).path("model_gflop_per_step").asDouble());
        assertThat(bench.out()).contains("GEMM GFLOP/s", "frame-avg", "profiled step:", "matmul_bp", "pool MB", "malloc:");
    }

    @Test
    void anUnknownBackboneOrConfigFailsBeforeAnyCaseRuns() {
        CliRunner backbone = CliRunner.run("bench", "--config", "bench-smoke", "--backbones", "jointt");
        CliRunner config = CliRunner.run("bench", "--config", "bench-z");

        assertThat(backbone.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(backbone.err()).contains("unknown backbone 'jointt'");
        assertThat(backbone.out()).doesNotContain("measured steps");
        assertThat(config.err()).contains("'bench-z' is neither a shipped configuration");
    }
}
