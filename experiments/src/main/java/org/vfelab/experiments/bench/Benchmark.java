package org.vfelab.experiments.bench;

import org.vfelab.experiments.trial.Composition;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.core.train.Trainer;
import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.core.train.TrainingResult;
import org.vfelab.experiments.runner.CpuTrials;
import org.vfelab.experiments.trial.ModelInspection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Runs one benchmark case: trains the configuration for warm-up plus measured steps in this process, then reports
 * the median and minimum of the measured steps, the FLOPs of a step (counted from its matmuls), the GEMM rate at
 * the step's largest multiply, and measured against estimated memory.
 */
public final class Benchmark {

    private static final int GEMM_CALLS = 20;
    private static final int RSS_CHECK_STEP = 100;
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private final Path config;
    private final int warmup;
    private final int steps;

    /** A benchmark of the descriptor {@code config}, each case run for {@code warmup + steps} steps. */
    public Benchmark(Path config, int warmup, int steps) {
        this.config = config;
        this.warmup = warmup;
        this.steps = steps;
    }

    /**
     * Loads one case's descriptor without running it, so a bad backbone or ratio fails before any case runs.
     *
     * @throws org.vfelab.spec.SpecException naming the bad value
     */
    public void check(String backbone, double maskRatio) {
        spec(backbone, maskRatio);
    }

    private ExperimentSpec spec(String backbone, double maskRatio) {
        return Composition.current().load(config, List.of("model.backbone.type=" + backbone,
                "sampling.mask_ratio=" + maskRatio, "training.steps=" + (warmup + steps)), null);
    }

    /**
     * Runs one case in this process, with its threads; with {@code profile}, the last warm-up step's op times are
     * recorded too (and passed to {@code profileSink} with that step's time in seconds).
     */
    public BenchResult run(String backbone, double maskRatio, boolean profile, BiConsumer<OpTimes, Double> profileSink) {
        int threads = threads();
        ExperimentSpec spec = spec(backbone, maskRatio);
        StepRecorder recorder = new StepRecorder(profile ? warmup : 0);
        TrainingResult result = Composition.current().trial(spec).getInstance(Trainer.class)
                .run(recorder);
        if (result.outcome() != TrainingOutcome.FINISHED) {
            throw new IllegalStateException(String.format(Locale.ROOT, "%s mask %.2f did not finish: %s %s",
                    backbone, maskRatio, result.outcome().tag(), result.failure()));
        }
        List<Double> measured = new ArrayList<>(recorder.seconds().subList(warmup, recorder.seconds().size()));
        measured.sort(Double::compare);
        double median = measured.get(measured.size() / 2);
        double gflop = recorder.flops().flops() / 1e9;
        double gemm = GemmRate.gigaflops(recorder.flops().largest(), GEMM_CALLS);
        double achieved = gflop / median;
        int batch = spec.training().batchSize();
        double estimated = ModelInspection.of(spec).memory().totalBytes() / MEGABYTE;
        List<Long> rss = recorder.residentBytes();
        if (profile) {
            profileSink.accept(recorder.profile(), recorder.seconds().get(warmup - 1));
        }
        return new BenchResult(backbone, maskRatio, threads, Nd4jBinary.describe(), median, measured.get(0),
                batch / median, gflop, achieved, gemm, achieved / gemm, recorder.flops().largest().toString(),
                result.peakTensorBytes() / MEGABYTE, result.pooledBytes() / MEGABYTE, result.peakResidentBytes() / MEGABYTE,
                estimated,
                rss.size() >= RSS_CHECK_STEP ? rss.get(RSS_CHECK_STEP - 1) / MEGABYTE : null,
                rss.get(rss.size() - 1) / MEGABYTE);
    }

    /** ND4J's threads in this process: {@code OMP_NUM_THREADS} when set, else one per core. */
    public static int threads() {
        return CpuTrials.threadsPerTrial(System.getenv(), Runtime.getRuntime().availableProcessors());
    }
}
