package org.vfelab.captioning;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vfelab.core.checkpoint.ModelParameters;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.EvalSet;
import org.vfelab.core.data.VideoTextBatch;
import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.core.eval.BatchRows;
import org.vfelab.core.model.TransformerShape;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.core.train.LoopResult;
import org.vfelab.core.train.ModelSummary;
import org.vfelab.core.train.StepLoop;
import org.vfelab.core.train.TrainingListener;
import org.vfelab.tracking.RunMetrics;
import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.core.train.TrainingResult;
import org.vfelab.core.train.TrialTraining;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pre-trains the {@link CausalLanguageModel} on the captions of the benchmark's training clips (the paper's
 * video-to-text stage starts from a pre-trained language model; none can be downloaded here). Its size is the
 * model preset's width and heads with {@code model.text.depth} blocks; scored by the next-token loss on each
 * caption family's eval captions ({@code eval_loss}, and per family {@code temporal/eval_loss}).
 */
public final class LanguageModelTraining implements TrialTraining {
    /** The descriptor name of this task ({@code task.type}). */
    public static final String TYPE = "language-model";

    private final ExperimentSpec spec;
    private final VideoTextDataset data;

    public LanguageModelTraining(ExperimentSpec spec, VideoTextDataset data) {
        this.spec = spec;
        this.data = data;
    }

    @Override
    public TrainingResult run(TrainingListener listener) {
        int batch = spec.training().batchSize();
        int length = spec.model().text().maxTokens();
        int vocabulary = spec.model().text().vocab();
        SameDiff graph = SameDiff.create();
        var logits = CausalLanguageModel.logits(graph, new ParameterInit(spec.seed()), batch, length, vocabulary,
                spec.model().text().depth(), TransformerShape.of(spec.model().preset()),
                CausalLanguageModel.LayerInsert.NONE);
        CausalLanguageModel.loss(graph, logits, batch, length, vocabulary, StepLoop.LOSS);
        StepLoop loop = new StepLoop(graph, spec.training(), spec.evaluation());
        listener.onModelBuilt(new ModelSummary(ModelParameters.count(graph), loop.trainableParameters(), 0,
                Optional.empty()));
        listener.onGraphBuilt(graph);
        LoopResult end = loop.run(step -> {
            VideoTextBatch captions = data.trainBatch(batch, step);
            captions.videos().close();
            captions.tokenMask().close();
            return feeds(captions.tokens(), vocabulary);
        }, listener);
        Map<String, Double> scores = Map.of();
        if (end.outcome() == TrainingOutcome.FINISHED) {
            scores = evaluate(graph, batch, vocabulary);
            listener.onTaskScores(end.stepsDone(), scores);
            listener.onTrained(graph);
        }
        return TrainingResult.of(end, batch, loop.trainableParameters(), 0, List.of(), scores);
    }

    /** Mean next-token loss over each family's eval captions, in batches of the training graph's size. */
    private Map<String, Double> evaluate(SameDiff graph, int batch, int vocabulary) {
        Map<String, Double> scores = new LinkedHashMap<>();
        double sum = 0;
        for (CaptionFamily family : spec.data().captionFamilies()) {
            EvalSet set = data.evalSet(family);
            double loss = 0;
            int batches = 0;
            for (int from = 0; from < set.size(); from += batch) {
                INDArray tokens = BatchRows.of(set.tokens(), from, batch);
                loss += graph.output(feeds(tokens, vocabulary), StepLoop.LOSS).get(StepLoop.LOSS).getDouble(0);
                batches++;
            }
            scores.put(family.key() + "/eval_loss", loss / batches);
            sum += loss / batches;
        }
        scores.put(RunMetrics.EVAL_LOSS, sum / spec.data().captionFamilies().size());
        return scores;
    }

    private static Map<String, INDArray> feeds(INDArray tokens, int vocabulary) {
        return Map.of(CausalLanguageModel.TOKENS, tokens,
                CausalLanguageModel.TARGETS, NextTokenTargets.of(tokens, vocabulary));
    }
}
