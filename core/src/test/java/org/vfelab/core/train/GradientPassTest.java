package org.vfelab.core.train;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.memory.PoolingMemoryManager;
import org.vfelab.core.model.TransformerLayers;
import org.vfelab.core.model.TransformerShape;
import org.vfelab.core.plugin.ParameterInit;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GradientPassTest {

    private static final int SEQUENCES = 2;
    private static final int LENGTH = 6;
    private static final TransformerShape SHAPE = new TransformerShape(8, 2, 16);

    @Test
    void stepAfterStepItReturnsExactlyTheGradientsSameDiffComputesWhileReusingItsArrays() {
        SameDiff reference = twoBlockEncoder();
        SameDiff pooled = twoBlockEncoder();
        List<String> parameters = parameters(reference);
        PoolingMemoryManager memory = PoolingMemoryManager.installOn(pooled.getFunction("grad"));
        GradientPass pass = new GradientPass(pooled, "loss", parameters);

        long pooledAfterFirstStep = -1;
        for (int step = 0; step < 3; step++) {
            Map<String, INDArray> feeds = Map.of("x", Nd4j.rand(DataType.FLOAT, SEQUENCES * LENGTH, SHAPE.width()));
            memory.resetWindow();
            if (step == 1) {
                pooledAfterFirstStep = memory.pooledBytes();
            } else if (step > 1) {
                assertThat(memory.pooledBytes()).as("later steps reuse the first step's arrays; the pool does not grow")
                        .isEqualTo(pooledAfterFirstStep);
            }
            var expected = reference.calculateGradientsAndOutputs(feeds, List.of("loss"), parameters);
            GradientPass.Result result = pass.run(feeds);

            assertThat(result.loss().getDouble(0)).isEqualTo(expected.getOutputs().get("loss").getDouble(0));
            for (String parameter : parameters) {
                assertThat(result.gradients().get(parameter)).as(parameter + " at step " + step)
                        .isEqualTo(expected.getGradients().get(parameter));
            }
        }
    }

    @Test
    void activationsAreReleasedAfterTheirLastUseSoTheLivePeakStaysBelowEverythingTheStepAllocates() {
        SameDiff graph = twoBlockEncoder();
        PoolingMemoryManager memory = PoolingMemoryManager.installOn(graph.getFunction("grad"));
        GradientPass pass = new GradientPass(graph, "loss", parameters(graph));
        Map<String, INDArray> feeds = Map.of("x", Nd4j.rand(DataType.FLOAT, SEQUENCES * LENGTH, SHAPE.width()));

        pass.run(feeds);
        long peak = memory.peakBytes();
        memory.resetWindow();
        long everythingTheStepAllocated = memory.pooledBytes();

        assertThat(peak).isPositive().isLessThan(everythingTheStepAllocated);
    }

    private static SameDiff twoBlockEncoder() {
        SameDiff sd = SameDiff.create();
        ParameterInit init = new ParameterInit(3);
        SDVariable x = sd.placeHolder("x", DataType.FLOAT, SEQUENCES * LENGTH, SHAPE.width());
        for (int layer = 0; layer < 2; layer++) {
            x = TransformerLayers.block(sd, init, "block" + layer, x, SEQUENCES, LENGTH, SHAPE, null);
        }
        SDVariable loss = sd.math().square(TransformerLayers.meanPool(x, SEQUENCES, LENGTH, SHAPE.width())).sum()
                .rename("loss");
        sd.setLossVariables(loss);
        sd.createGradFunction();
        return sd;
    }

    private static List<String> parameters(SameDiff sd) {
        return sd.variables().stream().filter(v -> v.getVariableType() == VariableType.VARIABLE)
                .map(SDVariable::name).toList();
    }
}
