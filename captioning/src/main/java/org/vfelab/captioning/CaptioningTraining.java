package org.vfelab.captioning;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.checkpoint.InitReport;
import org.vfelab.core.checkpoint.ModelParameters;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.EvalSet;
import org.vfelab.core.data.VideoTextBatch;
import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.captioning.metrics.CaptionMetrics;
import org.vfelab.core.model.DualEncoderGraph;
import org.vfelab.core.model.TubeletEmbedding;
import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenSelection;
import org.vfelab.core.random.SeedStreams;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.core.train.LoopResult;
import org.vfelab.core.train.ModelSummary;
import org.vfelab.core.train.StepLoop;
import org.vfelab.core.train.TrainingListener;
import org.vfelab.tracking.RunMetrics;
import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.core.train.TrainingResult;
import org.vfelab.core.train.TrialTraining;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains video-to-text captioning ({@link CaptioningGraph}) with teacher forcing on the training clips' captions,
 * the video tokens masked by the input sampler ({@code sampling.mask_ratio}; the paper uses 30 %), then writes a
 * caption for every eval clip by greedy decoding from all tokens and scores them against the clip's caption:
 * {@code rouge_l} and {@code cider} (means over the caption families) and per family {@code temporal/rouge_l}.
 */
public final class CaptioningTraining implements TrialTraining {

    private final ExperimentSpec spec;
    private final VideoTextDataset data;
    private final CaptioningDesign design;
    private final InputSampler sampler;

    public CaptioningTraining(ExperimentSpec spec, VideoTextDataset data, CaptioningDesign design,
                              InputSampler sampler) {
        this.spec = spec;
        this.data = data;
        this.design = design;
        this.sampler = sampler;
    }

    @Override
    public TrainingResult run(TrainingListener listener) {
        int batch = spec.training().batchSize();
        int vocabulary = design.text().vocab();
        int chunks = design.task().timeChunks();
        TokenGrid grid = design.video().tokenGrid();
        int kept = sampler.keptTokens(grid, true);
        List<InitReport> initReport = new ArrayList<>(1);
        SameDiff graph = CaptioningGraph.build(design, batch, kept, true, initReport::add);
        StepLoop loop = new StepLoop(graph, spec.training(), spec.evaluation());
        listener.onModelBuilt(new ModelSummary(ModelParameters.count(graph), loop.trainableParameters(), kept,
                initReport.stream().findFirst()));
        listener.onGraphBuilt(graph);
        LoopResult end = loop.run(step -> {
            VideoTextBatch clips = data.trainBatch(batch, step);
            clips.tokenMask().close();
            TokenSelection selection = sampler.select(batch, grid, SeedStreams.stream(spec.seed(), "mask", step),
                    true);
            return Map.of(
                    DualEncoderGraph.VIDEO, clips.videos(),
                    TubeletEmbedding.TOKEN_ROWS, Nd4j.createFromArray(selection.rows()),
                    TubeletEmbedding.TOKEN_POSITIONS, Nd4j.createFromArray(selection.positions()),
                    CaptioningGraph.POOL, VisualPooling.matrix(selection, grid, chunks),
                    CausalLanguageModel.TOKENS, clips.tokens(),
                    CausalLanguageModel.TARGETS, NextTokenTargets.of(clips.tokens(), vocabulary));
        }, listener);
        Map<String, Double> scores = Map.of();
        if (end.outcome() == TrainingOutcome.FINISHED) {
            scores = evaluate(graph, grid);
            listener.onTaskScores(end.stepsDone(), scores);
            listener.onTrained(graph);
        }
        return TrainingResult.of(end, batch, loop.trainableParameters(), kept, List.of(), scores);
    }

    private Map<String, Double> evaluate(SameDiff trained, TokenGrid grid) {
        List<EvalSet> sets = spec.data().captionFamilies().stream().map(data::evalSet).toList();
        int evalBatch = Math.min(spec.training().batchSize(), sets.stream().mapToInt(EvalSet::size).min().orElseThrow());
        SameDiff evalGraph = CaptioningGraph.build(design, evalBatch, grid.tokens(), false, report -> { });
        DualEncoderGraph.copyWeights(trained, evalGraph);
        GreedyCaptioner captioner = new GreedyCaptioner(evalGraph, evalBatch, design.text().maxTokens(), grid,
                design.task().timeChunks(), data.vocabulary());
        Map<String, Double> scores = new LinkedHashMap<>();
        double rouge = 0;
        double cider = 0;
        for (EvalSet set : sets) {
            List<String> written = captioner.caption(set);
            List<List<String>> references = set.captions().stream().map(List::of).toList();
            CaptionFamily family = set.family();
            double familyRouge = CaptionMetrics.rougeL(written, references);
            double familyCider = CaptionMetrics.cider(written, references);
            scores.put(family.key() + "/rouge_l", familyRouge);
            scores.put(family.key() + "/cider", familyCider);
            rouge += familyRouge;
            cider += familyCider;
        }
        scores.put(RunMetrics.ROUGE_L, rouge / sets.size());
        scores.put("cider", cider / sets.size());
        return scores;
    }
}
