package org.vfelab.experiments.model;

import org.vfelab.experiments.trial.Composition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.data.VideoTextBatch;
import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.core.model.DualEncoderDesign;
import org.vfelab.core.model.DualEncoderGraph;
import org.vfelab.core.model.TextEncoder;
import org.vfelab.core.model.TubeletEmbedding;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ContrastiveLoss;
import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.TokenSelection;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.core.train.MatchTargets;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The analytic gradients of the assembled dual encoder (each backbone, text tower, InfoNCE) against central
 * finite differences of the loss, for one weight in each part of the model and in each backbone's own parts. Guards against the SameDiff ops whose
 * gradients are broken in 1.0.0-M2.1 (docs/samediff-pitfalls.md) sneaking into the graph.
 */
class DualEncoderGradientTest {

    private static final int BATCH = 4;
    private static final double STEP = 1e-2;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"joint, video/tubelet/weight", "joint, video/position_table",
            "joint, video/block0/attn/qkv/weight", "joint, video/block1/mlp/fc2/weight", "joint, video/ln_final/gain",
            "joint, video/projection/weight", "joint, text/token_table", "joint, text/block0/attn/out/weight",
            "joint, text/projection/weight", "joint, loss/logit_scale",
            "factorized, video/block0/temporal/gate", "factorized, video/block1/attn/qkv/weight",
            "frame-avg, video/position_spatial", "frame-avg, video/block0/mlp/fc1/weight",
            "frame-attnpool, video/pool/query", "frame-attnpool, video/block1/attn/qkv/weight",
            "mlp-adapter, video/block0/adapter/up/weight", "lora, video/block0/attn/qkv/lora_b",
            "lora, video/block1/mlp/fc1/lora_b", "temporal-only, video/block1/temporal/gate"})
    void analyticGradientsMatchFiniteDifferences(String backbone, String parameter) {
        ExperimentSpec spec = Composition.current().load(Path.of("smoke.yaml"), List.of("data.frames=4", "data.size=16",
                "data.train_clips=16", "data.eval_clips=16", "training.batch_size=4", "loss.init_temperature=0.5",
                "model.backbone.type=" + backbone), null);
        var trial = Composition.current().trial(spec);
        VideoTextDataset data = trial.getInstance(VideoTextDataset.class);
        DualEncoderDesign design = new DualEncoderDesign(spec.model(), data.clipShape(),
                trial.getInstance(Backbone.class), trial.getInstance(InputSampler.class),
                trial.getInstance(ContrastiveLoss.class), 3, Optional.empty());
        int tokens = design.grid().tokens();
        SameDiff graph = DualEncoderGraph.build(design, BATCH, tokens, true);
        Map<String, INDArray> feeds = feeds(data.trainBatch(BATCH, 0), TokenSelection.all(BATCH, tokens));

        INDArray gradient = graph.calculateGradients(feeds, parameter).get(parameter);
        INDArray weights = graph.getArrForVarName(parameter);
        long index = largestEntry(gradient);
        double analytic = gradient.getDouble(index);
        double original = weights.getDouble(index);
        double numeric = (lossWith(graph, feeds, weights, index, original + STEP)
                - lossWith(graph, feeds, weights, index, original - STEP)) / (2 * STEP);
        weights.putScalar(index, original);

        assertThat(Math.abs(analytic)).as("gradient of %s", parameter).isGreaterThan(1e-4);
        assertThat(numeric).as("d loss / d %s[%d]", parameter, index)
                .isCloseTo(analytic, within(0.05 * Math.abs(analytic) + 2e-4));
    }

    private static long largestEntry(INDArray gradient) {
        double[] values = gradient.reshape(-1).toDoubleVector();
        int largest = 0;
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(values[i]) > Math.abs(values[largest])) {
                largest = i;
            }
        }
        return largest;
    }

    private static double lossWith(SameDiff graph, Map<String, INDArray> feeds, INDArray weights, long index,
                                   double value) {
        weights.putScalar(index, value);
        return graph.output(feeds, DualEncoderGraph.LOSS).get(DualEncoderGraph.LOSS).getDouble(0);
    }

    private static Map<String, INDArray> feeds(VideoTextBatch batch, TokenSelection selection) {
        return Map.of(DualEncoderGraph.VIDEO, batch.videos(),
                TubeletEmbedding.TOKEN_ROWS, Nd4j.createFromArray(selection.rows()),
                TubeletEmbedding.TOKEN_POSITIONS, Nd4j.createFromArray(selection.positions()),
                TextEncoder.TOKENS, batch.tokens(), TextEncoder.MASK, batch.tokenMask(),
                DualEncoderGraph.TARGETS, MatchTargets.of(batch.captions()));
    }
}
