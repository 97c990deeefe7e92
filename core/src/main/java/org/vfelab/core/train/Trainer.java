package org.vfelab.core.train;

import org.vfelab.core.random.SeedStreams;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.EvalSet;
import org.vfelab.core.data.VideoTextBatch;
import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.core.eval.EvalTask;
import org.vfelab.core.eval.Evaluator;
import org.vfelab.core.eval.FamilyScores;
import org.vfelab.core.model.DualEncoderDesign;
import org.vfelab.core.model.DualEncoderGraph;
import org.vfelab.core.model.TextEncoder;
import org.vfelab.core.model.TubeletEmbedding;
import org.vfelab.core.checkpoint.InitReport;
import org.vfelab.core.checkpoint.ModelParameters;
import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenSelection;
import org.vfelab.spec.EvaluationSpec;
import org.vfelab.spec.TrainingSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vfelab.tracking.TrainingOutcome;

/**
 * Trains the contrastive dual encoder with Adam on fresh batches through the shared {@link StepLoop} (which measures
 * every step's time and live-tensor memory) and scores retrieval on each caption family's eval set.
 */
public final class Trainer implements TrialTraining {

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
    @Override
    public TrainingResult run(TrainingListener listener) {
        int batch = training.batchSize();
        TokenGrid tokenGrid = design.tokenGrid();
        int gridTokens = tokenGrid.tokens();
        int kept = sampler.keptTokens(tokenGrid, true);
        List<InitReport> initReport = new ArrayList<>(1);
        SameDiff graph = DualEncoderGraph.build(design, batch, kept, true, initReport::add);
        List<EvalTask> evalTasks = evalTasks();
        Evaluator evaluator = evaluator(graph, evalTasks, gridTokens);
        StepLoop loop = new StepLoop(graph, training, evaluation);
        listener.onModelBuilt(new ModelSummary(ModelParameters.count(graph), loop.trainableParameters(), kept,
                initReport.stream().findFirst()));
        listener.onGraphBuilt(graph);
        LoopResult end = loop.run(new StepSource() {
            @Override
            public Map<String, INDArray> feeds(int step) {
                return Trainer.feeds(data.trainBatch(batch, step),
                        sampler.select(batch, tokenGrid, SeedStreams.stream(seed, "mask", step), true));
            }

            @Override
            public void afterUpdate(SameDiff trained) {
                design.loss().afterUpdate(trained);
            }

            @Override
            public Map<String, Double> readouts(SameDiff trained) {
                return design.loss().readouts(trained);
            }

            @Override
            public void evaluateAfter(int done) {
                listener.onEvaluation(done, evaluator.evaluate(evalTasks));
            }
        }, listener);
        List<FamilyScores> finalScores = end.outcome() == TrainingOutcome.FINISHED
                ? evaluator.evaluate(evalTasks) : List.of();
        if (!finalScores.isEmpty()) {
            listener.onEvaluation(end.stepsDone(), finalScores);
            listener.onTrained(graph);
        }
        return TrainingResult.of(end, batch, loop.trainableParameters(), kept, finalScores, Map.of());
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
}
