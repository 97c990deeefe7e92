package org.vfelab.experiments.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClusterRecordTest {

    @TempDir
    Path dir;

    @Test
    void aRecordReadsBackMasterFirstAndWorkersInOrder() throws Exception {
        Instant started = Instant.parse("2026-01-31T10:00:00.120Z");
        ClusterRecord record = new ClusterRecord("spark://127.0.0.1:7077", URI.create("http://127.0.0.1:8080"),
                List.of(new StartedProcess("master", 100, started), new StartedProcess("worker-1", 101, started),
                        new StartedProcess("worker-2", 102, started), new StartedProcess("worker-10", 110, started)));
        ClusterRecord shuffled = new ClusterRecord(record.masterUrl(), record.webUi(), List.of(
                record.processes().get(3), record.processes().get(1), record.processes().get(0),
                record.processes().get(2)));
        Path file = dir.resolve("cluster.properties");

        shuffled.write(file);

        assertThat(ClusterRecord.read(file)).contains(record);
        assertThat(ClusterRecord.read(file).orElseThrow().processes()).extracting(StartedProcess::role)
                .containsExactly("master", "worker-1", "worker-2", "worker-10");
        assertThat(record.process("worker-2")).map(StartedProcess::pid).contains(102L);
    }

    @Test
    void noRecordIsNoCluster() throws Exception {
        assertThat(ClusterRecord.read(dir.resolve("cluster.properties"))).isEmpty();
    }

    @Test
    void aDamagedRecordNamesItsFileAndKey() throws Exception {
        Path file = dir.resolve("cluster.properties");
        Files.writeString(file, "master.url=spark://127.0.0.1:7077\nmaster.webui=http://127.0.0.1:8080\n"
                + "process.master=100@2026-01-31T10:00:00Z\nprocess.worker-1=101\n");

        assertThatThrownBy(() -> ClusterRecord.read(file)).isInstanceOf(ClusterException.class)
                .hasMessageContaining(file + ": process.worker-1=101: expected PID@START-TIME");

        Files.writeString(file, "master.webui=http://127.0.0.1:8080\n");
        assertThatThrownBy(() -> ClusterRecord.read(file)).hasMessageContaining(file + ": master.url is missing");

        Files.writeString(file, "master.url=spark://h:1\nmaster.webui=http://h:2\nprocess.worker-1=1@2026-01-31T10:00:00Z\n");
        assertThatThrownBy(() -> ClusterRecord.read(file)).hasMessageContaining("no process.master");

        Files.writeString(file, "master.url=spark://h:1\nmaster.webui=http://h:2\nprocess.driver=1@2026-01-31T10:00:00Z\n");
        assertThatThrownBy(() -> ClusterRecord.read(file)).hasMessageContaining("'driver' is not a cluster role");
    }
}
