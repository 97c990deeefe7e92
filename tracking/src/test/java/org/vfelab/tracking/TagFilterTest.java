package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TagFilterTest {
    @Test
    void writesBacktickedKeysAndSingleQuotedValuesJoinedByAnd() {
        assertThat(TagFilter.mlflowFilter(Map.of("vfe.trial_key", "abc", "vfe.arm", "joint k8")))
                .isEqualTo("tags.`vfe.arm` = 'joint k8' and tags.`vfe.trial_key` = 'abc'");
        assertThat(TagFilter.mlflowFilter(Map.of())).isEmpty();
    }

    @Test
    void refusesValuesMlflowCannotQuoteAndInvalidKeys() {
        assertThatThrownBy(() -> TagFilter.mlflowFilter(Map.of("vfe.note", "it's")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no escape");
        assertThatThrownBy(() -> TagFilter.mlflowFilter(Map.of("vfe.path", "C:\\")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TagFilter.mlflowFilter(Map.of("a`b", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
