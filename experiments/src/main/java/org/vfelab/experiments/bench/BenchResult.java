package org.vfelab.experiments.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One benchmark case's numbers, as printed and as written to JSON (the property names are the JSON keys).
 *
 * @param modelGflopPerStep the FLOPs of the matrix multiplies one training step executes (forward and backward)
 * @param gemmGflops        ND4J's GEMM rate in the same process at the step's largest multiply
 */
public record BenchResult(
        @JsonProperty("backbone") String backbone,
        @JsonProperty("mask_ratio") double maskRatio,
        @JsonProperty("threads") int threads,
        @JsonProperty("median_step_seconds") double medianStepSeconds,
        @JsonProperty("min_step_seconds") double minStepSeconds,
        @JsonProperty("clips_per_second") double clipsPerSecond,
        @JsonProperty("model_gflop_per_step") double modelGflopPerStep,
        @JsonProperty("achieved_gflops") double achievedGflops,
        @JsonProperty("gemm_gflops") double gemmGflops,
        @JsonProperty("gemm_ratio") double gemmRatio,
        @JsonProperty("largest_matmul") String largestMatmul,
        @JsonProperty("peak_memory_megabytes") double peakMemoryMegabytes,
        @JsonProperty("rss_peak_megabytes") double rssPeakMegabytes,
        @JsonProperty("estimated_memory_megabytes") double estimatedMemoryMegabytes) {
}
