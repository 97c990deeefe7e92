package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityKeysTest {
    @ParameterizedTest
    @ValueSource(strings = {"loss", "temporal/t2v_recall_at_1", "model.backbone", "peak memory-MB", "a/b/c", "ÿ_ok"})
    void acceptsMlflowKeys(String key) {
        assertThat(EntityKeys.check("metric", key)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/abs", "a//b", "a/", "./a", "a/./b", "../x", "..x", "a/../b", ".", "bad:key",
        "tab\tkey", "semi;colon"})
    void refusesKeysMlflowRefuses(String key) {
        assertThatThrownBy(() -> EntityKeys.check("metric", key)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metric key");
    }

    @ParameterizedTest
    @ValueSource(ints = {250, 251})
    void limitsKeysTo250Characters(int length) {
        String key = "k".repeat(length);
        if (length <= 250) {
            assertThat(EntityKeys.check("param", key)).isEqualTo(key);
        } else {
            assertThatThrownBy(() -> EntityKeys.check("param", key)).hasMessageContaining("250");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../x", "/etc/passwd", "a\\b", "logs//x", "logs/"})
    void refusesArtifactPathsOutsideTheRun(String path) {
        assertThatThrownBy(() -> EntityKeys.checkArtifactPath(path)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"experiment.yaml", "logs/trial.log", "figures/recall at 1.png"})
    void acceptsRelativeArtifactPaths(String path) {
        assertThat(EntityKeys.checkArtifactPath(path)).isEqualTo(path);
    }
}
