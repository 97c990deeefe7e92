package org.vfelab.experiments.trial;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.captioning.CaptioningGraph;
import org.vfelab.captioning.CausalLanguageModel;
import org.vfelab.core.checkpoint.Checkpoint;
import org.vfelab.core.checkpoint.CheckpointFiles;
import org.vfelab.core.checkpoint.CheckpointInit;
import org.vfelab.spec.KernelInflation;
import org.vfelab.spec.PositionInterpolation;
import org.vfelab.core.checkpoint.PositionResampling;
import org.vfelab.core.model.TransformerShape;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.ModelPreset;
import org.vfelab.spec.SpecYaml;
import org.vfelab.core.train.TrainingListener;
import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.core.train.TrainingResult;
import org.vfelab.core.train.TrialTraining;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The video-to-text chain on tiny clips: a language model and a video encoder are trained and checkpointed, then
 * captioning trains on top of both with them frozen.
 */
@Tag("integration")
class VideoToTextTest {

    private static final List<String> TINY = List.of("data.frames=4", "data.size=16", "data.train_clips=64",
            "data.eval_clips=16", "data.caption_families=[temporal]", "model.tubelet=[2, 4, 4]",
            "training.batch_size=8", "training.warmup_steps=1", "training.lr=1e-3", "evaluation.recall_at=[1, 5]",
            "evaluation.frame_shuffle_check=false");

    private static final PositionResampling NO_VIDEO = new PositionResampling(PositionInterpolation.NONE, 1);

    @TempDir
    static Path dir;
    private static Path languageModel;
    private static Path videoEncoder;
    private static TrainingResult languageModelResult;

    @BeforeAll
    static void trainTheTwoFrozenParts() {
        languageModel = dir.resolve("lm.zip");
        videoEncoder = dir.resolve("video.zip");
        languageModelResult = trainAndSave(languageModel, "task.type=language-model", "training.steps=20");
        trainAndSave(videoEncoder, "training.steps=3");
    }

    @Test
    void theLanguageModelLearnsTheCaptionsAndScoresItsEvalLoss() {
        assertThat(languageModelResult.outcome()).isEqualTo(TrainingOutcome.FINISHED);
        assertThat(languageModelResult.taskScores()).containsKeys("eval_loss", "temporal/eval_loss");
        // Uniform guessing over the 64-token vocabulary costs ln 64 = 4.16 nats a token.
        assertThat(languageModelResult.taskScores().get("eval_loss")).isLessThan(3.0);
    }

    @Test
    void aCheckpointedLanguageModelGivesTheSameLogitsAfterLoading() {
        Checkpoint saved = CheckpointFiles.read(languageModel);
        SameDiff first = languageModelGraph();
        SameDiff second = languageModelGraph();
        CheckpointInit.apply(saved, first, KernelInflation.AVERAGE, NO_VIDEO, name -> Optional.empty());
        CheckpointInit.apply(saved, second, KernelInflation.AVERAGE, NO_VIDEO, name -> Optional.empty());
        INDArray tokens = Nd4j.createFromArray(new int[][] {{1, 5, 9, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}});
        INDArray a = first.output(Map.of(CausalLanguageModel.TOKENS, tokens), CausalLanguageModel.LOGITS)
                .get(CausalLanguageModel.LOGITS);
        INDArray b = second.output(Map.of(CausalLanguageModel.TOKENS, tokens), CausalLanguageModel.LOGITS)
                .get(CausalLanguageModel.LOGITS);
        INDArray fresh = languageModelGraph().output(Map.of(CausalLanguageModel.TOKENS, tokens),
                CausalLanguageModel.LOGITS).get(CausalLanguageModel.LOGITS);

        assertThat(saved.parameters()).containsKey("lm/token_table").doesNotContainKey("const/causal_bias");
        assertThat(a).isEqualTo(b);
        assertThat(a.equalsWithEps(fresh, 1e-3)).as("loaded weights differ from a fresh initialisation").isFalse();
    }

    @Test
    void captioningTrainsOnlyTheResamplerAndCrossAttentionAndScoresItsCaptions() {
        Checkpoint video = CheckpointFiles.read(videoEncoder);
        Checkpoint lm = CheckpointFiles.read(languageModel);
        TrainedGraph trained = new TrainedGraph();
        TrainingResult result = training("task.type=captioning", "task.language_model=" + languageModel,
                "model.init_from=" + videoEncoder, "sampling.mask_ratio=0.3", "training.steps=6").run(trained);

        assertThat(result.outcome()).isEqualTo(TrainingOutcome.FINISHED);
        assertThat(result.taskScores().get("rouge_l")).isBetween(0.0, 1.0);
        assertThat(result.taskScores().get("cider")).isGreaterThanOrEqualTo(0.0);
        List<String> frozenChecked = new ArrayList<>();
        for (var saved : List.of(video, lm)) {
            saved.parameters().forEach((name, value) -> {
                if (trained.graph.hasVariable(name)) {
                    assertThat(trained.graph.getArrForVarName(name)).as(name).isEqualTo(value);
                    frozenChecked.add(name);
                }
            });
        }
        assertThat(frozenChecked).anyMatch(name -> name.startsWith("video/block"))
                .anyMatch(name -> name.startsWith("lm/block"));
        assertThat(trained.graph.getArrForVarName("xattn/layer0/attn_gate").getDouble(0))
                .as("the gates start at 0 and train").isNotEqualTo(0.0);
        assertThat(CaptioningGraph.trains("resampler/latents")).isTrue();
        assertThat(CaptioningGraph.trains("lm/block0/attn/qkv/weight")).isFalse();
    }

    private static SameDiff languageModelGraph() {
        SameDiff sd = SameDiff.create();
        CausalLanguageModel.logits(sd, new ParameterInit(99), 1, 16, 64, 2, TransformerShape.of(ModelPreset.TINY),
                CausalLanguageModel.LayerInsert.NONE);
        return sd;
    }

    private static TrainingResult trainAndSave(Path file, String... overrides) {
        ExperimentSpec spec = spec(overrides);
        TrainedGraph trained = new TrainedGraph();
        TrainingResult result = Composition.current().trial(spec).getInstance(TrialTraining.class)
                .run(trained);
        CheckpointFiles.write(file, SpecYaml.toYaml(spec), trained.graph);
        return result;
    }

    private static TrialTraining training(String... overrides) {
        return Composition.current().trial(spec(overrides)).getInstance(TrialTraining.class);
    }

    private static ExperimentSpec spec(String... overrides) {
        List<String> all = new ArrayList<>(TINY);
        all.addAll(List.of(overrides));
        return Composition.current().load(Path.of("smoke.yaml"), all, null);
    }

    private static final class TrainedGraph implements TrainingListener {
        SameDiff graph;

        @Override
        public void onTrained(SameDiff trainedGraph) {
            graph = trainedGraph;
        }
    }
}
