package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalEventsTest {
    @TempDir
    Path dir;

    @Test
    void nonFiniteMetricValuesAreWrittenAsMlflowsJsonWritesThem() {
        assertThat(JournalEvents.metric("loss", Double.NaN, 5, 1).path("value").asText()).isEqualTo("NaN");
        assertThat(JournalEvents.metric("loss", Double.NEGATIVE_INFINITY, 5, 1).path("value").asText())
                .isEqualTo("-Infinity");
        assertThat(JournalEvents.metric("loss", 0.25, 5, 1).toString())
                .isEqualTo("{\"type\":\"metric\",\"key\":\"loss\",\"value\":0.25,\"timestamp\":5,\"step\":1}");
        assertThat(RestRuns.number(JournalEvents.metric("x", Double.POSITIVE_INFINITY, 0, 0).path("value")))
                .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void aLastLineCutShortByACrashIsDroppedButABrokenLineInsideIsAnError() throws IOException {
        Path file = dir.resolve(RunJournal.EVENTS);
        Files.writeString(file, "{\"type\":\"tag\",\"key\":\"a\",\"value\":\"1\",\"seq\":0}\n{\"type\":\"met",
                StandardCharsets.UTF_8);
        List<ObjectNode> events = JournalEvents.read(file);
        assertThat(events).singleElement().satisfies(event -> assertThat(event.path("key").asText()).isEqualTo("a"));

        Files.writeString(file, "{\"type\":\"met\n{\"type\":\"tag\"}\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JournalEvents.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file + ":1");
    }

    @Test
    void reopeningAJournalCutsTheBrokenLastLineSoNewEventsStartOnTheirOwnLine() throws IOException {
        Path file = dir.resolve(RunJournal.EVENTS);
        Files.writeString(file, "{\"type\":\"run\",\"run_id\":\"r\",\"seq\":0}\n{\"type\":\"met",
                StandardCharsets.UTF_8);
        try (RunJournal journal = RunJournal.open(dir).orElseThrow()) {
            assertThat(journal.size()).isEqualTo(1);
            journal.append(JournalEvents.closed());
        }
        assertThat(Files.readString(file)).isEqualTo("{\"type\":\"run\",\"run_id\":\"r\",\"seq\":0}\n"
                + "{\"type\":\"closed\",\"seq\":1}\n");
    }

    @Test
    void aJournalHeldByAnotherHandleIsNotOpenedTwice() {
        try (RunJournal held = RunJournal.create(dir, "abc", JournalEvents.closed())) {
            assertThat(RunJournal.open(held.directory())).isEmpty();
            assertThat(JournalSync.describe(held.directory()).inUse()).isTrue();
        }
    }
}
