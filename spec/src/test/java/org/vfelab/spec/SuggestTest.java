package org.vfelab.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    private static final List<String> KEYS = List.of("steps", "batch_size", "lr", "warmup_steps", "schedule");

    @Test
    void closeByEditDistance() {
        assertThat(Suggest.closest("stpes", KEYS)).contains("steps");
        assertThat(Suggest.closest("batchsize", KEYS)).contains("batch_size");
        assertThat(Suggest.closest("Schedule", KEYS)).contains("schedule");
    }

    @Test
    void closeByPrefix() {
        assertThat(Suggest.closest("warmup", KEYS)).contains("warmup_steps");
        assertThat(Suggest.closest("batch", KEYS)).contains("batch_size");
    }

    @Test
    void nothingWhenFar() {
        assertThat(Suggest.closest("epochs", KEYS)).isEmpty();
        assertThat(Suggest.closest("x", KEYS)).as("two edits to 'lr' is a different word").isEmpty();
        assertThat(Suggest.closest("", KEYS)).isEmpty();
    }

    @Test
    void distance() {
        assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggest.distance("", "abc")).isEqualTo(3);
        assertThat(Suggest.distance("joint", "joint")).isZero();
    }
}
