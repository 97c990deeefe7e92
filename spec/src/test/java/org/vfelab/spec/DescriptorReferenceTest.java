package org.vfelab.spec;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptorReferenceTest {

    @Test
    void everyKeyGetsItsPathDefaultAndCommentWithContinuationsJoinedAndPluginKeysEndTheirSection() {
        String yaml = """
                # a header that is no key
                name: experiment                 # MLflow experiment name
                model:
                  backbone:
                    type: joint                  # joint | factorized
                  tubelet: [2, 8, 8]             # frames, height, width
                  interpolation: linear          # linear (ends aligned)
                                                 # | tile (repeat)
                seed: 7
                """;

        assertThat(DescriptorReference.markdown(yaml, List.of(FixtureSettings.ADAPTER, FixtureSettings.LORA)))
                .endsWith("""
                | `name` | `experiment` | MLflow experiment name |
                | `model` | (section) |  |
                | `model.backbone` | (section) |  |
                | `model.backbone.type` | `joint` | joint \\| factorized |
                | `model.backbone.adapter_bottleneck` | `16` | mlp-adapter: hidden width of each bottleneck adapter |
                | `model.backbone.lora_rank` | `2` | lora: rank r of each low-rank update |
                | `model.backbone.lora_alpha` | `4.0` | lora: the update is scaled by alpha / r |
                | `model.tubelet` | `[2, 8, 8]` | frames, height, width |
                | `model.interpolation` | `linear` | linear (ends aligned) \\| tile (repeat) |
                | `seed` | `7` |  |
                """);
    }
}
