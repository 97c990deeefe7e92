package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM killed with SIGKILL in the middle of a run on a server leaves a journal that a sync completes. */
@Tag("integration")
class KilledJournalTest {
    private static final int STEPS = 500;

    @TempDir
    Path journals;

    @Test
    void aKilledJvmsJournalSyncsTheRunAsKilledAndASecondSyncIsANoOp() throws Exception {
        try (FakeMlflowServer server = new FakeMlflowServer()) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), JournalWriterMain.class.getName(),
                    server.uri().toString(), journals.toString(), Integer.toString(STEPS))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String runId;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                runId = out.readLine().replace("logged ", "");
            } finally {
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(server.status(runId)).isEqualTo("RUNNING");
            List<JournalSync.Journal> journal = JournalSync.journals(journals);
            assertThat(journal).singleElement().satisfies(found -> {
                assertThat(found.closed()).isFalse();
                assertThat(found.inUse()).isFalse();
            });

            Map<String, String> killed = Map.of("vfe.outcome", "killed");
            JournalSync.Result first = JournalSync.sync(journal.get(0).directory(), Optional.empty(),
                    TestServers.options(journals), killed);
            int requests = server.received().size();
            JournalSync.Result second = JournalSync.sync(journal.get(0).directory(), Optional.empty(),
                    TestServers.options(journals), killed);

            assertThat(first.markedKilled()).isTrue();
            assertThat(server.status(runId)).isEqualTo("KILLED");
            assertThat(server.tags(runId)).containsEntry("vfe.outcome", "killed");
            assertThat(server.points(runId, "loss")).hasSize(STEPS);
            assertThat(second.sent()).isZero();
            assertThat(server.received()).hasSize(requests);
        }
    }
}
