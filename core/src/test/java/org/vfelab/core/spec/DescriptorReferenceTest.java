package org.vfelab.core.spec;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptorReferenceTest {

    @Test
    void everyKeyGetsItsPathDefaultAndCommentWithContinuationsJoined() {
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

        assertThat(DescriptorReference.markdown(yaml)).endsWith("""
                | `name` | `experiment` | MLflow experiment name |
                | `model` | (section) |  |
                | `model.backbone` | (section) |  |
                | `model.backbone.type` | `joint` | joint \\| factorized |
                | `model.tubelet` | `[2, 8, 8]` | frames, height, width |
                | `model.interpolation` | `linear` | linear (ends aligned) \\| tile (repeat) |
                | `seed` | `7` |  |
                """);
    }

    @Test
    void theCommittedReferenceIsTheOneTheDefaultsRender() throws Exception {
        Path committed = Path.of("../docs/descriptor.md");

        assertThat(Files.readString(committed, StandardCharsets.UTF_8)).as("docs/descriptor.md is stale: regenerate "
                + "it with ./vfe inspect --reference > docs/descriptor.md").isEqualTo(DescriptorReference.markdown());
    }
}
