package org.vfelab.experiments.trial;

import org.junit.jupiter.api.Test;
import org.vfelab.spec.ExperimentSpec;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrialKeyTest {

    private static String key(String... overrides) {
        ExperimentSpec spec = Composition.current().load(Path.of("smoke.yaml"), List.of(overrides), null);
        return TrialKey.of(spec);
    }

    @Test
    void whereATrialIsRecordedIsNotPartOfWhatItIs() {
        assertThat(key("name=elsewhere", "tracking.uri=/tmp/other")).isEqualTo(key()).matches("[0-9a-f]{16}");
        assertThat(key("tracking.retry_for=5", "tracking.request_timeout=1", "tracking.journal=/tmp/j"))
                .isEqualTo(key());
    }

    @Test
    void anyResolvedValueChangesTheKeyButRestatingADefaultDoesNot() {
        assertThat(key("sampling.mask_ratio=0.5")).isNotEqualTo(key());
        assertThat(key("seed=8")).isNotEqualTo(key());
        assertThat(key("sampling.mask_ratio=0.0")).isEqualTo(key());
    }
}
