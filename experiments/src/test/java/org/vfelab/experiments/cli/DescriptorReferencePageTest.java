package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/descriptor.md is what {@code vfe inspect --reference} prints for vfe-lab's own plugins. */
class DescriptorReferencePageTest {

    @Test
    void theCommittedReferenceIsTheOneTheSchemaRenders() throws Exception {
        String committed = Files.readString(Path.of("../docs/descriptor.md"), StandardCharsets.UTF_8);

        assertThat(committed).as("docs/descriptor.md is stale: regenerate it with "
                + "./vfe inspect --reference > docs/descriptor.md").isEqualTo(CliRunner.run("inspect", "--reference").out());
    }
}
