package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ArtifactProxyTest {
    private static final URI SERVER = URI.create("http://mlflow:5000");

    @Test
    void mapsMlflowArtifactsUrisOntoTheServersProxyLikeMlflowArtifactsRepository() {
        assertThat(ArtifactProxy.resolve(SERVER, "mlflow-artifacts:/1/abc/artifacts"))
                .isEqualTo("http://mlflow:5000/api/2.0/mlflow-artifacts/artifacts/1/abc/artifacts");
        assertThat(ArtifactProxy.resolve(URI.create("https://h/prefix"), "mlflow-artifacts:/1/abc/artifacts"))
                .isEqualTo("https://h/prefix/api/2.0/mlflow-artifacts/artifacts/1/abc/artifacts");
        assertThat(ArtifactProxy.resolve(SERVER, "mlflow-artifacts://other:6000/1/abc/artifacts"))
                .isEqualTo("http://other:6000/api/2.0/mlflow-artifacts/artifacts/1/abc/artifacts");
        assertThat(ArtifactProxy.resolve(SERVER, "http://store/api/2.0/mlflow-artifacts/artifacts/1/abc/artifacts/"))
                .isEqualTo("http://store/api/2.0/mlflow-artifacts/artifacts/1/abc/artifacts");
    }

    @Test
    void artifactStoresTheServerDoesNotProxyAreAClearError() {
        assertThatThrownBy(() -> ArtifactProxy.resolve(SERVER, "s3://bucket/1/abc/artifacts"))
                .isInstanceOf(TrackingException.class)
                .hasMessageContaining("s3://bucket/1/abc/artifacts").hasMessageContaining("--serve-artifacts");
    }
}
