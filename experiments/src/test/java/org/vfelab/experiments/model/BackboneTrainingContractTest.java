package org.vfelab.experiments.model;

import org.vfelab.experiments.trial.Composition;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.vfelab.core.checkpoint.ModelParameters;
import org.vfelab.core.data.VideoTextBatch;
import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.core.model.DualEncoderDesign;
import org.vfelab.core.model.DualEncoderGraph;
import org.vfelab.core.model.TextEncoder;
import org.vfelab.core.model.Trainability;
import org.vfelab.core.model.TubeletEmbedding;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.BackboneFactory;
import org.vfelab.core.plugin.ContrastiveLoss;
import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.TokenSelection;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.core.train.MatchTargets;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training contract of every registered backbone, inside the whole dual encoder on a tiny clip: the default
 * spec builds, embeddings have the right shape and are finite, every trainable parameter gets a non-zero gradient
 * and every frozen one is a constant with none, and parameter names and values are stable across builds.
 * A new backbone is picked up from the registry.
 */
@Tag("integration")
class BackboneTrainingContractTest {

    private static final int BATCH = 4;

    static Set<String> registered() {
        return Composition.current().plugins()
                .getInstance(Key.get(new TypeLiteral<Map<String, BackboneFactory>>() { })).keySet();
    }

    @ParameterizedTest
    @MethodSource("registered")
    void embedsEveryClipIntoAFiniteUnitVector(String backbone) {
        INDArray embedding = trial(backbone).videoEmbedding();

        assertThat(embedding.shape()).containsExactly(BATCH, 64);
        assertThat(embedding.isInfinite().any() || embedding.isNaN().any()).isFalse();
        assertThat(Arrays.stream(embedding.norm2(1).toDoubleVector()).boxed())
                .allSatisfy(norm -> assertThat(norm).isBetween(0.999, 1.001));
        assertThat(embedding.getRow(0)).as("two different clips").isNotEqualTo(embedding.getRow(2));
    }

    /** Rows 0 and 1 of a batch are a clip and its time reversal: only frame-level models cannot tell them apart. */
    @ParameterizedTest
    @MethodSource("registered")
    void onlyFrameLevelModelsAreBlindToFrameOrder(String backbone) {
        INDArray embedding = trial(backbone).videoEmbedding();
        double distance = embedding.getRow(0).distance2(embedding.getRow(1));

        if (backbone.startsWith("frame-")) {
            assertThat(distance).as("clip vs its reversal").isLessThan(1e-6);
        } else {
            assertThat(distance).as("clip vs its reversal").isGreaterThan(1e-4);
        }
    }

    /**
     * Zero-initialised branches (LoRA's B, an adapter's up projection, a factorized model's gate) block the
     * gradient of the weights behind them at step 0 by design, so the check runs after one plain SGD step.
     */
    @ParameterizedTest
    @MethodSource("registered")
    void trainableParametersGetAGradientAndFrozenOnesAreConstants(String backbone) {
        Trial trial = trial(backbone);
        List<String> trainable = variables(trial.graph);
        sgdStep(trial, trainable);
        Map<String, INDArray> gradients = trial.graph.calculateGradients(trial.feeds, trainable);

        assertThat(trainable).isNotEmpty().allSatisfy(name -> assertThat(
                Transforms.abs(gradients.get(name)).maxNumber().doubleValue()).as("|gradient| of %s", name)
                .isGreaterThan(0));
        for (String parameter : ModelParameters.names(trial.graph)) {
            boolean trains = Trainability.trains(parameter, trial.design.backbone(),
                    trial.design.model().trainableLayers(), trial.design.model().preset().depth());
            assertThat(trial.graph.getVariable(parameter).getVariableType()).as(parameter)
                    .isEqualTo(trains ? VariableType.VARIABLE : VariableType.CONSTANT);
        }
    }

    @ParameterizedTest
    @MethodSource("registered")
    void namesAndStartingValuesAreStableAcrossBuilds(String backbone) {
        SameDiff first = trial(backbone).graph;
        SameDiff second = trial(backbone).graph;

        assertThat(ModelParameters.names(second)).isEqualTo(ModelParameters.names(first));
        assertThat(ModelParameters.names(first)).allSatisfy(name -> assertThat(name).matches("(video|text|loss)/.+"))
                .allSatisfy(name -> assertThat(second.getArrForVarName(name)).as(name)
                        .isEqualTo(first.getArrForVarName(name)));
    }

    private static void sgdStep(Trial trial, List<String> trainable) {
        Map<String, INDArray> gradients = trial.graph.calculateGradients(trial.feeds, trainable);
        gradients.forEach((name, gradient) -> trial.graph.getArrForVarName(name).subi(gradient.mul(0.5)));
    }

    private static List<String> variables(SameDiff graph) {
        return graph.variables().stream().filter(v -> v.getVariableType() == VariableType.VARIABLE)
                .map(SDVariable::name).collect(Collectors.toList());
    }

    private record Trial(DualEncoderDesign design, SameDiff graph, Map<String, INDArray> feeds) {
        INDArray videoEmbedding() {
            return graph.output(feeds, DualEncoderGraph.VIDEO_EMBEDDING).get(DualEncoderGraph.VIDEO_EMBEDDING);
        }
    }

    private static Trial trial(String backbone) {
        ExperimentSpec spec = Composition.current().load(Path.of("smoke.yaml"), List.of("data.frames=4", "data.size=16",
                "data.train_clips=16", "data.eval_clips=16", "training.batch_size=4",
                "model.backbone.type=" + backbone), null);
        var injector = Composition.current().trial(spec);
        VideoTextDataset data = injector.getInstance(VideoTextDataset.class);
        DualEncoderDesign design = new DualEncoderDesign(spec.model(), data.clipShape(),
                injector.getInstance(Backbone.class), injector.getInstance(InputSampler.class),
                injector.getInstance(ContrastiveLoss.class), 3,
                Optional.empty());
        int tokens = design.grid().tokens();
        SameDiff graph = DualEncoderGraph.build(design, BATCH, tokens, true);
        VideoTextBatch batch = data.trainBatch(BATCH, 0);
        TokenSelection all = TokenSelection.all(BATCH, tokens);
        return new Trial(design, graph, Map.of(DualEncoderGraph.VIDEO, batch.videos(),
                TubeletEmbedding.TOKEN_ROWS, Nd4j.createFromArray(all.rows()),
                TubeletEmbedding.TOKEN_POSITIONS, Nd4j.createFromArray(all.positions()),
                TextEncoder.TOKENS, batch.tokens(), TextEncoder.MASK, batch.tokenMask(),
                DualEncoderGraph.TARGETS, MatchTargets.of(batch.captions())));
    }
}
