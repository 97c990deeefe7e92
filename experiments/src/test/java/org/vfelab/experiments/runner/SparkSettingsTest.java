package org.vfelab.experiments.runner;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SparkSettingsTest {

    @Test
    void mastersAreLocalOrAStandaloneCluster() {
        assertThat(settings("local").localThreads()).isEqualTo(1);
        assertThat(settings("local[2]").localThreads()).isEqualTo(2);
        assertThat(settings("local[3,2]").localThreads()).isEqualTo(3);
        assertThat(settings("local[*]").localThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(settings("local[2]").local()).isTrue();
        assertThat(settings("spark://head:7077").local()).isFalse();
        assertThat(settings("spark://a:7077,b:7077").local()).isFalse();
        assertThatThrownBy(() -> settings("localhost")).hasMessageContaining("'localhost' is not a Spark master URL");
        assertThatThrownBy(() -> settings("spark://head")).hasMessageContaining("spark://HOST:PORT");
        assertThatThrownBy(() -> settings("local[two]")).hasMessageContaining("not a Spark master URL");
        assertThatThrownBy(() -> settings("yarn")).hasMessageContaining("yarn needs Spark's own module");
        assertThatThrownBy(() -> settings("k8s://https://api:6443")).hasMessageContaining("k8s needs");
    }

    @Test
    void aStandaloneMastersAddressesAreItsHostsAndPorts() {
        assertThat(settings("spark://a:7077,b.example:7078").masterAddresses()).extracting(
                address -> address.getHostString() + ":" + address.getPort()).containsExactly("a:7077",
                "b.example:7078");
        assertThatThrownBy(() -> settings("spark://head:70777")).hasMessageContaining(
                "port 70777 is not a TCP port (1-65535)");
        assertThatThrownBy(() -> settings("local[2]").masterAddresses()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void gpusAreAskedForPerTaskOnAClusterOnly() {
        Map<String, String> properties = new SparkSettings("spark://head:7077", Optional.of(1.0), Map.of())
                .properties("vfe sweep s");

        assertThat(properties).containsEntry("spark.task.resource.gpu.amount", "1")
                .containsEntry("spark.executor.resource.gpu.amount", "1");
        assertThat(new SparkSettings("spark://head:7077", Optional.of(0.5), Map.of()).properties("s"))
                .containsEntry("spark.task.resource.gpu.amount", "0.5");
        assertThat(settings("local[2]").properties("s")).doesNotContainKeys("spark.task.resource.gpu.amount",
                "spark.executor.resource.gpu.amount");
        assertThatThrownBy(() -> new SparkSettings("local[2]", Optional.of(1.0), Map.of()))
                .hasMessageContaining("local mode does not schedule GPUs").hasMessageContaining("--devices 0,1");
        assertThatThrownBy(() -> new SparkSettings("spark://head:7077", Optional.of(2.0), Map.of()))
                .hasMessageContaining("a trial trains on one GPU");
        assertThatThrownBy(() -> new SparkSettings("spark://head:7077", Optional.of(0.0), Map.of()))
                .hasMessageContaining("--gpus-per-task 0.0");
    }

    @Test
    void theApplicationRetriesNoTaskAndTakesTheUsersPropertiesLast() {
        Map<String, String> properties = new SparkSettings("spark://head:7077", Optional.of(1.0),
                Map.of("spark.executor.resource.gpu.amount", "4", "spark.ui.enabled", "true"))
                .properties("vfe sweep fig2");

        assertThat(properties).containsEntry("spark.master", "spark://head:7077")
                .containsEntry("spark.app.name", "vfe sweep fig2").containsEntry("spark.task.maxFailures", "1")
                .containsEntry("spark.executor.resource.gpu.amount", "4").containsEntry("spark.ui.enabled", "true");
        assertThatThrownBy(() -> new SparkSettings("local", Optional.empty(), Map.of("executor.memory", "4g")))
                .hasMessageContaining("--conf executor.memory: not a Spark property");
        assertThatThrownBy(() -> new SparkSettings("local", Optional.empty(), Map.of("spark.master", "local[4]")))
                .hasMessageContaining("give the master with --master");
    }

    @Test
    void trialsOnAClusterMustLogToATrackingServer() {
        settings("local[2]").checkTrackingUri("mlruns");
        settings("spark://head:7077").checkTrackingUri("http://mlflow:5000");
        settings("spark://head:7077").checkTrackingUri("HTTPS://mlflow.example.org");

        for (String local : List.of("mlruns", "/shared/mlruns", "file:///shared/mlruns")) {
            assertThatThrownBy(() -> settings("spark://head:7077").checkTrackingUri(local))
                    .hasMessageContaining("cannot write to the local store '" + local + "'")
                    .hasMessageContaining("--tracking-uri http://HOST:5000");
        }
    }

    @Test
    void sweepOptionsRefuseThisMachinesGpusForAClusterButDealThemInLocalMode() {
        Optional<SparkSettings> local = Optional.of(settings("local[2]"));
        Optional<SparkSettings> cluster = Optional.of(settings("spark://head:7077"));

        assertThat(options(DeviceSlot.parse("0,1"), 2, local).slots()).extracting(DeviceSlot::tag)
                .containsExactly("cuda:0", "cuda:1");
        assertThat(options(List.of(DeviceSlot.CPU), 5, cluster).slots()).hasSize(5).containsOnly(DeviceSlot.CPU);
        assertThatThrownBy(() -> options(DeviceSlot.parse("0,1"), 2, cluster))
                .hasMessageContaining("--devices 0,1 names GPUs of this machine")
                .hasMessageContaining("--gpus-per-task 1");
    }

    private static SparkSettings settings(String master) {
        return new SparkSettings(master, Optional.empty(), Map.of());
    }

    private static SweepOptions options(List<DeviceSlot> devices, int parallel, Optional<SparkSettings> spark) {
        return new SweepOptions(devices, parallel, Optional.empty(), Optional.empty(), false, Optional.empty(),
                List.of(), spark, List.of());
    }
}
