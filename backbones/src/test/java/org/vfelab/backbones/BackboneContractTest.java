package org.vfelab.backbones;

import com.google.inject.Guice;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.spec.KernelInflation;
import org.vfelab.spec.PositionInterpolation;
import org.vfelab.core.plugin.BackboneFactory;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenLayout;
import org.vfelab.spec.BackboneSpec;
import org.vfelab.spec.BoundSettings;
import org.vfelab.spec.ModelPreset;
import org.vfelab.spec.ModelSpec;
import org.vfelab.spec.TextSpec;
import org.vfelab.spec.TrainableLayers;
import org.vfelab.spec.Tubelet;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every registered backbone honours the plugin contract; a new backbone is picked up automatically. */
class BackboneContractTest {

    private static final int BATCH = 3;
    private static final int TOKENS = 8;

    static Set<String> registered() {
        return factories().keySet();
    }

    @ParameterizedTest
    @MethodSource("registered")
    void turnsTokensIntoOneFeatureVectorPerClipUnderTheVideoScope(String name) {
        SameDiff sd = SameDiff.create();
        int width = ModelPreset.TINY.width();
        SDVariable tokens = sd.placeHolder("tokens", DataType.FLOAT, (long) BATCH * TOKENS, width);
        SDVariable features = factories().get(name).create(spec(name))
                .encode(sd, tokens, new TokenLayout(BATCH, TOKENS, 2, 16, width), new ParameterInit(1));

        INDArray input = Nd4j.rand(DataType.FLOAT, (long) BATCH * TOKENS, width);
        INDArray output = sd.output(Map.of("tokens", input), features.name()).get(features.name());
        assertThat(output.shape()).containsExactly(BATCH, width);
        assertThat(output.getRow(0)).isNotEqualTo(output.getRow(1));
        assertThat(sd.variables()).filteredOn(v -> v.getVariableType() == VariableType.VARIABLE)
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.name()).startsWith("video/"));
    }

    @ParameterizedTest
    @MethodSource("registered")
    void buildsTheSameWeightsFromTheSameSeed(String name) {
        assertThat(weights(name, 5)).isEqualTo(weights(name, 5)).isNotEqualTo(weights(name, 6));
    }

    private static INDArray weights(String name, long seed) {
        SameDiff sd = SameDiff.create();
        int width = ModelPreset.TINY.width();
        SDVariable tokens = sd.placeHolder("tokens", DataType.FLOAT, (long) BATCH * TOKENS, width);
        factories().get(name).create(spec(name)).encode(sd, tokens, new TokenLayout(BATCH, TOKENS, 2, 16, width),
                new ParameterInit(seed));
        return Nd4j.concat(0, sd.variables().stream().filter(v -> v.getVariableType() == VariableType.VARIABLE)
                .map(v -> v.getArr().reshape(-1)).toArray(INDArray[]::new));
    }

    private static ModelSpec spec(String name) {
        return new ModelSpec(ModelPreset.TINY, new BackboneSpec(name, new BoundSettings(List.of(AdapterSettings.DEFAULTS, LoraSettings.DEFAULTS))), new Tubelet(2, 8, 8),
                new TextSpec(2, 64, 16), 64, "", KernelInflation.AVERAGE, PositionInterpolation.LINEAR,
                TrainableLayers.ALL);
    }

    private static Map<String, BackboneFactory> factories() {
        return Guice.createInjector(new BackbonesModule())
                .getInstance(Key.get(new TypeLiteral<Map<String, BackboneFactory>>() { }));
    }
}
