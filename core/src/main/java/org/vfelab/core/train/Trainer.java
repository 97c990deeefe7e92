package org.vfelab.core.train;

import org.vfelab.core.random.SeedStreams;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.data.CaptionFamily;
import org.vfelab.core.data.EvalSet;
import org.vfelab.core.data.VideoTextBatch;
import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.core.eval.EvalTask;
import org.vfelab.core.eval.Evaluator;
import org.vfelab.core.eval.FamilyScores;
import org.vfelab.core.memory.CountingMemoryManager;
import org.vfelab.core.memory.OutOfMemory;
import org.vfelab.core.memory.ResidentMemorySampler;
import org.vfelab.core.model.DualEncoderDesign;
import org.vfelab.core.model.DualEncoderGraph;
import org.vfelab.core.model.TextEncoder;
import org.vfelab.core.model.TubeletEmbedding;
import org.vfelab.core.checkpoint.InitReport;
import org.vfelab.core.checkpoint.ModelParameters;
import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenSelection;
import org.vfelab.core.spec.EvaluationSpec;
import org.vfelab.core.spec.TrainingSpec;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Trains a dual encoder with Adam on fresh synthetic batches and evaluates it on the eval split. Each step is
 * measured: wall time, and the peak of live tensor bytes (parameters + Adam state + batch + the step's
 * intermediates counted by {@link CountingMemoryManager}, which also frees intermediates as soon as SameDiff
 * releases them so memory stays flat without forced garbage collections).
 */
public final class Trainer {

    private static final String GRADIENT_FUNCTION = "grad";
    private static final int WARMUP_STEPS_EXCLUDED_FROM_TIMING = 2;

    private final DualEncoderDesign design;
    private final VideoTextDataset data;
    private final InputSampler sampler;
    private final TrainingSpec training;
    private final EvaluationSpec evaluation;
    private final List<CaptionFamily> families;
    private final long seed;

    public Trainer(DualEncoderDesign design, VideoTextDataset data, InputSampler sampler, TrainingSpec training,
                   EvaluationSpec evaluation, List<CaptionFamily> families, long seed) {
        this.design = design;
        this.data = data;
        this.sampler = sampler;
        this.training = training;
        this.evaluation = evaluation;
        this.families = List.copyOf(families);
        this.seed = seed;
    }

    /** Runs all steps (or until the loss stops being finite), evaluating as the spec says and at the end. */
    public TrainingResult run(TrainingListener listener) {
        int batch = training.batchSize();
        TokenGrid tokenGrid = design.tokenGrid();
        int gridTokens = tokenGrid.tokens();
        int kept = sampler.keptTokens(tokenGrid, true);
        List<InitReport> initReport = new ArrayList<>(1);
        SameDiff graph = DualEncoderGraph.build(design, batch, kept, true, initReport::add);
        List<EvalTask> evalTasks = evalTasks();
        Evaluator evaluator = evaluator(graph, evalTasks, gridTokens);
        WarmupCosineSchedule schedule = new WarmupCosineSchedule(training.lr(), training.warmupSteps(),
                training.steps(), training.schedule());
        AdamOptimizer optimizer = new AdamOptimizer(graph, schedule);
        List<String> parameters = optimizer.parameterNames();
        buildGradientsQuietly(graph);
        CountingMemoryManager memory = CountingMemoryManager.installOn(graph.getFunction(GRADIENT_FUNCTION));
        long persistentBytes = optimizer.parameterBytes() + optimizer.stateBytes();
        listener.onModelBuilt(new ModelSummary(ModelParameters.count(graph), optimizer.parameterCount(), kept,
                initReport.stream().findFirst()));
        listener.onGraphBuilt(graph);

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
                    feeds = feeds(data.trainBatch(batch, step),
                            sampler.select(batch, tokenGrid, SeedStreams.stream(seed, "mask", step), true));
                    OutAndGrad result = graph.calculateGradientsAndOutputs(feeds, List.of(DualEncoderGraph.LOSS),
                            parameters);
                    loss = result.getOutputs().get(DualEncoderGraph.LOSS).getDouble(0);
                    if (!Double.isFinite(loss)) {
                        outcome = TrainingOutcome.DIVERGED;
                        failure = "the loss became " + loss + " at step " + (step + 1);
                        break;
                    }
                    optimizer.apply(result.getGradients(), step);
                    design.loss().afterUpdate(graph);
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
                        stepSeconds[step], stepBytes, design.loss().readouts(graph)));
                if (evaluation.every() > 0 && done % evaluation.every() == 0 && done < training.steps()) {
                    listener.onEvaluation(done, evaluator.evaluate(evalTasks));
                }
            }
            List<FamilyScores> finalScores = outcome == TrainingOutcome.FINISHED
                    ? evaluator.evaluate(evalTasks) : List.of();
            if (!finalScores.isEmpty()) {
                listener.onEvaluation(done, finalScores);
                listener.onTrained(graph);
            }
            double median = median(stepSeconds, done);
            return new TrainingResult(outcome, failure, done, loss, peakTensorBytes, rss.peakBytes(), median,
                    batch / median, optimizer.parameterCount(), kept, finalScores);
        }
    }

    /**
     * Differentiates the graph. SameDiff 1.0.0-M2.1 prints one "Added differentiated op" line per op to
     * System.out (not to its logger) while doing so; those ~200 lines would bury the progress output.
     */
    private static void buildGradientsQuietly(SameDiff graph) {
        PrintStream console = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            graph.createGradFunction();
        } finally {
            System.setOut(console);
        }
    }

    /** Every caption family's eval set, plus the temporal set with shuffled frames when the spec asks for it. */
    private List<EvalTask> evalTasks() {
        List<EvalTask> tasks = new ArrayList<>();
        for (CaptionFamily family : families) {
            EvalSet set = data.evalSet(family);
            tasks.add(new EvalTask(set, ""));
            if (family == CaptionFamily.TEMPORAL && evaluation.frameShuffleCheck()) {
                tasks.add(new EvalTask(set.withShuffledFrames(SeedStreams.derive(seed, "shuffle", 0)), "shuffled"));
            }
        }
        return tasks;
    }

    private Evaluator evaluator(SameDiff graph, List<EvalTask> tasks, int gridTokens) {
        int smallest = tasks.stream().mapToInt(task -> task.set().size()).min().orElseThrow();
        int evalBatch = Math.min(training.batchSize(), smallest);
        SameDiff evalGraph = DualEncoderGraph.build(design, evalBatch, gridTokens, false);
        return new Evaluator(evalGraph, graph, evalBatch, gridTokens, evaluation.recallAt());
    }

    private static Map<String, INDArray> feeds(VideoTextBatch batch, TokenSelection selection) {
        return Map.of(
                DualEncoderGraph.VIDEO, batch.videos(),
                TubeletEmbedding.TOKEN_ROWS, Nd4j.createFromArray(selection.rows()),
                TubeletEmbedding.TOKEN_POSITIONS, Nd4j.createFromArray(selection.positions()),
                TextEncoder.TOKENS, batch.tokens(),
                TextEncoder.MASK, batch.tokenMask(),
                DualEncoderGraph.TARGETS, MatchTargets.of(batch.captions()));
    }

    private static long bytes(Iterable<INDArray> arrays) {
        long total = 0;
        for (INDArray array : arrays) {
            total += array.length() * array.dataType().width();
        }
        return total;
    }

    /** Returns the step's native buffers now rather than whenever the garbage collector gets to them. */
    private static void release(OutAndGrad result, Map<String, INDArray> feeds) {
        result.getGradients().values().forEach(INDArray::close);
        result.getOutputs().values().forEach(INDArray::close);
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
