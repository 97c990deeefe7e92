package org.vfelab.experiments.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.vfelab.tracking.RunMetrics;

/**
 * One benchmark case's numbers, as printed and as written to JSON (the property names are the JSON keys).
 *
 * @param nd4jBinary        the native binary that ran the case ({@link Nd4jBinary})
 * @param modelGflopPerStep the FLOPs of the matrix multiplies one training step executes (forward and backward)
 * @param gemmGflops        ND4J's GEMM rate in the same process at the step's largest multiply
 * @param pooledMegabytes   arrays the session keeps for the next step (resident, counted in the RSS, not the peak)
 * @param rssAtStep100Megabytes the process RSS after step 100 (null in shorter runs), to compare with the last step's
 *                          for memory that grows over a long run
 */
public record BenchResult(
        @JsonProperty("backbone") String backbone,
        @JsonProperty("mask_ratio") double maskRatio,
        @JsonProperty("threads") int threads,
        @JsonProperty("nd4j_binary") String nd4jBinary,
        @JsonProperty("median_step_seconds") double medianStepSeconds,
        @JsonProperty("min_step_seconds") double minStepSeconds,
        @JsonProperty("clips_per_second") double clipsPerSecond,
        @JsonProperty("model_gflop_per_step") double modelGflopPerStep,
        @JsonProperty("achieved_gflops") double achievedGflops,
        @JsonProperty("gemm_gflops") double gemmGflops,
        @JsonProperty("gemm_ratio") double gemmRatio,
        @JsonProperty("largest_matmul") String largestMatmul,
        @JsonProperty(RunMetrics.PEAK_MEMORY) double peakMemoryMegabytes,
        @JsonProperty("pooled_megabytes") double pooledMegabytes,
        @JsonProperty(RunMetrics.RSS_PEAK) double rssPeakMegabytes,
        @JsonProperty("estimated_memory_megabytes") double estimatedMemoryMegabytes,
        @JsonProperty("rss_at_step_100_megabytes") Double rssAtStep100Megabytes,
        @JsonProperty("rss_at_last_step_megabytes") double rssAtLastStepMegabytes) {
}
