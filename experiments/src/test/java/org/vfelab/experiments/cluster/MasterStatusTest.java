package org.vfelab.experiments.cluster;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterStatusTest {

    /** What a Spark 3.5.3 master's /json/ page said with one worker alive and one dead (cut to the fields read). */
    static final String TWO_WORKERS = """
            {
              "url" : "spark://127.0.0.1:17077",
              "workers" : [ {
                "id" : "worker-20261206031631-127.0.0.1-43417", "host" : "127.0.0.1", "port" : 43417,
                "cores" : 1, "coresused" : 0, "memory" : 1024, "memoryused" : 0, "state" : "ALIVE"
              }, {
                "id" : "worker-20261206031745-127.0.0.1-36029", "host" : "127.0.0.1", "port" : 36029,
                "cores" : 1, "coresused" : 1, "memory" : 1024, "memoryused" : 1024, "state" : "DEAD"
              } ],
              "aliveworkers" : 1, "cores" : 1, "memory" : 1024, "activeapps" : [ ], "status" : "ALIVE"
            }""";

    @Test
    void theMastersPageGivesItsUrlAndWhichWorkersAreAlive() {
        MasterStatus status = MasterStatus.parse(TWO_WORKERS);

        assertThat(status.url()).isEqualTo("spark://127.0.0.1:17077");
        assertThat(status.status()).isEqualTo("ALIVE");
        assertThat(status.workers()).hasSize(2);
        assertThat(status.aliveWorkers()).containsExactly(new MasterStatus.Worker(
                "worker-20261206031631-127.0.0.1-43417", "127.0.0.1", "ALIVE", 1, 1024));
    }

    @Test
    void aPageThatIsNotTheMastersSaysWhatIsMissing() {
        assertThatThrownBy(() -> MasterStatus.parse("<html>")).hasMessageContaining("is not JSON");
        assertThatThrownBy(() -> MasterStatus.parse("{\"url\": \"spark://h:1\", \"status\": \"ALIVE\"}"))
                .hasMessageContaining("no 'workers' list");
        assertThatThrownBy(() -> MasterStatus.parse("{\"url\": \"spark://h:1\", \"status\": \"ALIVE\", \"workers\": "
                + "[{\"id\": \"w\", \"host\": \"h\", \"state\": \"ALIVE\", \"cores\": \"one\", \"memory\": 1}]}"))
                .hasMessageContaining("'cores' is missing or not a number");
    }
}
