package org.vfelab.core.train;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vfelab.core.memory.PoolingMemoryManager;
import org.vfelab.core.model.GeluGradient;
import org.vfelab.core.memory.OutOfMemory;
import org.vfelab.core.memory.ResidentMemorySampler;
import org.vfelab.spec.EvaluationSpec;
import org.vfelab.spec.TrainingSpec;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import org.vfelab.tracking.TrainingOutcome;

/**
 * The training loop every task shares: Adam steps on a graph whose loss variable is {@value #LOSS}, each step
 * measured (wall time, and the peak of live tensor bytes counted by {@link PoolingMemoryManager}, which also keeps
 * the step's arrays for the next step, so memory stays flat and pages stay mapped without forced garbage
 * collections). A loss
 * that stops being finite ends the loop as diverged, an allocation failure as out of memory, both with the memory
 * measured so far.
 */
public final class StepLoop {

    /** The name of the loss variable of every training graph. */
    public static final String LOSS = "loss";

    private static final String GRADIENT_FUNCTION = "grad";
    private static final int WARMUP_STEPS_EXCLUDED_FROM_TIMING = 2;

    private final SameDiff graph;
    private final AdamOptimizer optimizer;
    private final WarmupCosineSchedule schedule;
    private final TrainingSpec training;
    private final EvaluationSpec evaluation;
    private final PoolingMemoryManager memory;

    /** Builds the gradient function and the optimizer of {@code graph}, whose trainable variables are final. */
    public StepLoop(SameDiff graph, TrainingSpec training, EvaluationSpec evaluation) {
        this.graph = graph;
        this.training = training;
        this.evaluation = evaluation;
        // An evaluation-only trial (no steps) still gets a valid, never used, schedule.
        this.schedule = new WarmupCosineSchedule(training.lr(), training.warmupSteps(), Math.max(1, training.steps()),
                training.schedule());
        this.optimizer = new AdamOptimizer(graph, schedule);
        buildGradientsQuietly(graph);
        this.memory = PoolingMemoryManager.installOn(graph.getFunction(GRADIENT_FUNCTION));
    }

    /** Number of trained scalars. */
    public long trainableParameters() {
        return optimizer.parameterCount();
    }

    /** Runs {@code training.steps} steps, or fewer when the loss diverges or memory runs out. */
    public LoopResult run(StepSource source, TrainingListener listener) {
        GradientPass pass = new GradientPass(graph, LOSS, optimizer.parameterNames());
        long persistentBytes = optimizer.parameterBytes() + optimizer.stateBytes();
        double[] stepSeconds = new double[training.steps()];
        long peakTensorBytes = 0;
        double loss = Double.NaN;
        int done = 0;
        TrainingOutcome outcome = TrainingOutcome.FINISHED;
        String failure = "";
        try (ResidentMemorySampler rss = ResidentMemorySampler.start()) {
            for (int step = 0; step < training.steps(); step++) {
                long start = System.nanoTime();
                Map<String, INDArray> feeds = Map.of();
                long stepBytes;
                memory.resetWindow();
                try {
                    feeds = source.feeds(step);
                    GradientPass.Result result = pass.run(feeds);
                    loss = result.loss().getDouble(0);
                    if (!Double.isFinite(loss)) {
                        outcome = TrainingOutcome.DIVERGED;
                        failure = "the loss became " + loss + " at step " + (step + 1);
                        break;
                    }
                    optimizer.apply(result.gradients(), step);
                    source.afterUpdate(graph);
                    stepBytes = persistentBytes + bytes(feeds.values()) + memory.peakBytes();
                    release(result, feeds);
                } catch (OutOfMemoryError | RuntimeException e) {
                    if (!OutOfMemory.isCause(e)) {
                        throw e;
                    }
                    // The memory measured up to the allocation that failed: the OOM point of the memory figure.
                    peakTensorBytes = Math.max(peakTensorBytes,
                            persistentBytes + bytes(feeds.values()) + memory.peakBytes());
                    outcome = TrainingOutcome.OOM;
                    failure = e.getClass().getSimpleName() + " at step " + (step + 1) + ": " + e.getMessage();
                    break;
                }
                stepSeconds[step] = (System.nanoTime() - start) / 1e9;
                peakTensorBytes = Math.max(peakTensorBytes, stepBytes);
                done = step + 1;
                listener.onStep(new StepReport(done, training.steps(), loss, schedule.valueAt(step, 0),
                        stepSeconds[step], stepBytes, source.readouts(graph)));
                if (evaluation.every() > 0 && done % evaluation.every() == 0 && done < training.steps()) {
                    // The evaluation graph allocates its own arrays: the step pool waits for the next step in
                    // vain meanwhile, so it goes, and the next step allocates once again.
                    memory.resetWindow();
                    memory.releasePool();
                    source.evaluateAfter(done);
                }
            }
            memory.resetWindow();
            long pooledBytes = memory.pooledBytes();
            memory.releasePool();
            return new LoopResult(outcome, failure, done, loss, peakTensorBytes, rss.peakBytes(), pooledBytes,
                    median(stepSeconds, done));
        }
    }

    /**
     * Differentiates the graph, with GELU's cheaper derivative ({@link GeluGradient}). SameDiff 1.0.0-M2.1 prints one
     * "Added differentiated op" line per op to System.out (not to its logger) while differentiating; those ~200
     * lines would bury the progress output.
     */
    private static void buildGradientsQuietly(SameDiff graph) {
        PrintStream console = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            graph.createGradFunction();
        } finally {
            System.setOut(console);
        }
        GeluGradient.rewrite(graph.getFunction(GRADIENT_FUNCTION));
    }

    private static long bytes(Iterable<INDArray> arrays) {
        long total = 0;
        for (INDArray array : arrays) {
            total += array.length() * array.dataType().width();
        }
        return total;
    }

    /**
     * Returns the step's native buffers now rather than whenever the garbage collector gets to them: the feeds, and
     * any result array the memory manager does not own (its own serve the next step).
     */
    private void release(GradientPass.Result result, Map<String, INDArray> feeds) {
        result.gradients().values().stream().filter(array -> !memory.owns(array)).forEach(INDArray::close);
        if (!memory.owns(result.loss())) {
            result.loss().close();
        }
        feeds.values().forEach(INDArray::close);
    }

    private static double median(double[] seconds, int count) {
        int from = count > 2 * WARMUP_STEPS_EXCLUDED_FROM_TIMING ? WARMUP_STEPS_EXCLUDED_FROM_TIMING : 0;
        double[] timed = Arrays.copyOfRange(seconds, from, Math.max(from, count));
        if (timed.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(timed);
        return timed[timed.length / 2];
    }
}
