package org.vfelab.core.model;

import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenLayout;
import org.vfelab.spec.TrainableLayers;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainabilityTest {

    private static final Backbone FULL = (sd, tokens, layout, init) -> tokens;
    private static final Backbone ADAPTER_ONLY = new Backbone() {
        @Override
        public SDVariable encode(SameDiff sd, SDVariable tokens, TokenLayout layout, ParameterInit init) {
            return tokens;
        }

        @Override
        public boolean isTrainable(String parameter) {
            return parameter.contains("/adapter/");
        }
    };

    @Test
    void lastKFreezesTheVideoInputAndEveryEarlierLayerButNotTheHeadsOrTheTextTower() {
        TrainableLayers last2 = TrainableLayers.parse("last-2").orElseThrow();

        assertThat(List.of("video/tubelet/weight", "video/position_spatial", "video/position_table",
                "video/block0/attn/qkv/weight", "video/block1/mlp/fc1/bias"))
                .noneMatch(p -> Trainability.trains(p, FULL, last2, 4));
        assertThat(List.of("video/block2/ln1/gain", "video/block3/temporal/gate", "video/ln_final/gain",
                "video/projection/weight", "text/block0/attn/qkv/weight", "loss/logit_scale"))
                .allMatch(p -> Trainability.trains(p, FULL, last2, 4));
        assertThat(Trainability.trains("video/block0/attn/qkv/weight", FULL, TrainableLayers.ALL, 4)).isTrue();
    }

    @Test
    void aParameterTrainsOnlyWhenBothTheBackboneAndTheLayersAllowIt() {
        TrainableLayers last1 = new TrainableLayers(1);

        assertThat(Trainability.trains("video/block1/adapter/down/weight", ADAPTER_ONLY, last1, 2)).isTrue();
        assertThat(Trainability.trains("video/block0/adapter/down/weight", ADAPTER_ONLY, last1, 2)).isFalse();
        assertThat(Trainability.trains("video/block1/attn/qkv/weight", ADAPTER_ONLY, last1, 2)).isFalse();
    }

    @Test
    void freezingTurnsFrozenVariablesIntoConstantsAndLeavesTheRest() {
        SameDiff sd = SameDiff.create();
        ParameterInit init = new ParameterInit(1);
        init.constant(sd, "video/block0/attn/qkv/weight", 1, 2, 2);
        init.constant(sd, "video/block0/adapter/up/weight", 0, 2, 2);

        List<String> frozen = Trainability.freeze(sd, ADAPTER_ONLY, TrainableLayers.ALL, 1);

        assertThat(frozen).containsExactly("video/block0/attn/qkv/weight");
        assertThat(sd.getVariable("video/block0/attn/qkv/weight").getVariableType()).isEqualTo(VariableType.CONSTANT);
        assertThat(sd.getVariable("video/block0/adapter/up/weight").getVariableType())
                .isEqualTo(VariableType.VARIABLE);
    }

    @Test
    void trainableLayersParseOnlyAllAndLastK() {
        assertThat(TrainableLayers.parse("all")).contains(TrainableLayers.ALL);
        assertThat(TrainableLayers.parse("last-4")).contains(new TrainableLayers(4));
        assertThat(TrainableLayers.parse("last-4").orElseThrow().key()).isEqualTo("last-4");
        assertThat(TrainableLayers.parse("last-0")).isEmpty();
        assertThat(TrainableLayers.parse("first-2")).isEmpty();
        assertThat(TrainableLayers.parse("last-")).isEmpty();
    }
}
