package org.vfelab.experiments.model;

import org.vfelab.experiments.trial.Composition;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.vfelab.core.data.VideoTextBatch;
import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.core.model.DualEncoderDesign;
import org.vfelab.core.model.DualEncoderGraph;
import org.vfelab.core.model.TextEncoder;
import org.vfelab.core.model.TubeletEmbedding;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ContrastiveLoss;
import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.InputSamplerFactory;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenSelection;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.core.train.MatchTargets;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every registered input sampler trains the joint model on the smoke clips (8 x 32 x 32, 2 x 8 x 8 tubelets) at
 * 50 % masking: the masked training graph runs, every trainable parameter (each tube kernel's projection
 * included) gets a gradient, and the token count is the hand-computed one.
 */
@Tag("integration")
class SamplerTrainingContractTest {

    private static final int BATCH = 4;

    static Set<String> registered() {
        return Composition.current().plugins()
                .getInstance(Key.get(new TypeLiteral<Map<String, InputSamplerFactory>>() { })).keySet();
    }

    @ParameterizedTest
    @MethodSource("registered")
    void trainsTheJointModelWithMaskingAndEveryWeightGetsAGradient(String sampler) {
        DualEncoderDesign design = design(sampler, "joint");
        TokenGrid grid = design.tokenGrid();
        int kept = design.sampler().keptTokens(grid, true);
        SameDiff graph = DualEncoderGraph.build(design, BATCH, kept, true);
        VideoTextDataset data = data(sampler, "joint");
        VideoTextBatch batch = data.trainBatch(BATCH, 0);
        TokenSelection selection = design.sampler().select(BATCH, grid, new SplittableRandom(1), true);
        Map<String, INDArray> feeds = Map.of(DualEncoderGraph.VIDEO, batch.videos(),
                TubeletEmbedding.TOKEN_ROWS, Nd4j.createFromArray(selection.rows()),
                TubeletEmbedding.TOKEN_POSITIONS, Nd4j.createFromArray(selection.positions()),
                TextEncoder.TOKENS, batch.tokens(), TextEncoder.MASK, batch.tokenMask(),
                DualEncoderGraph.TARGETS, MatchTargets.of(batch.captions()));
        List<String> trainable = graph.variables().stream()
                .filter(v -> v.getVariableType() == VariableType.VARIABLE).map(SDVariable::name).toList();
        Map<String, INDArray> gradients = graph.calculateGradients(feeds, trainable);

        assertThat(kept).isEqualTo(Map.of("random-mask", 32, "tube-mask", 32, "coarse-temporal", 16,
                "coarse-spatial", 8, "tubevit", 20).get(sampler));
        assertThat(trainable).allSatisfy(name -> assertThat(Transforms.abs(gradients.get(name)).maxNumber()
                .doubleValue()).as("|gradient| of %s", name).isGreaterThan(0));
    }

    @Test
    void sparseTubesRefuseAFramewiseBackbone() {
        assertThatThrownBy(() -> design("tubevit", "frame-avg").tokenGrid())
                .hasMessageContaining("sampling.type").hasMessageContaining("frame-avg");
    }

    private static ExperimentSpec spec(String sampler, String backbone) {
        return Composition.current().load(Path.of("smoke.yaml"), List.of("data.train_clips=16", "data.eval_clips=16",
                "training.batch_size=4", "sampling.mask_ratio=0.5", "sampling.type=" + sampler,
                "model.backbone.type=" + backbone), null);
    }

    private static VideoTextDataset data(String sampler, String backbone) {
        return Composition.current().trial(spec(sampler, backbone))
                .getInstance(VideoTextDataset.class);
    }

    private static DualEncoderDesign design(String sampler, String backbone) {
        ExperimentSpec spec = spec(sampler, backbone);
        var injector = Composition.current().trial(spec);
        return new DualEncoderDesign(spec.model(), injector.getInstance(VideoTextDataset.class).clipShape(),
                injector.getInstance(Backbone.class), injector.getInstance(InputSampler.class),
                injector.getInstance(ContrastiveLoss.class), 3, Optional.empty());
    }
}
