package org.vfelab.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackerTest {
    @TempDir
    Path temp;

    @Test
    void relativeAbsoluteAndFileUrisAreLocalStores() {
        assertThat(Tracker.forUri("mlruns").describe())
                .isEqualTo("local MLflow store " + Path.of("mlruns").toAbsolutePath());
        Path store = temp.resolve("store");
        assertThat(Tracker.forUri(store.toString())).isInstanceOf(LocalFileStore.class)
                .extracting(tracker -> ((LocalFileStore) tracker).root()).isEqualTo(store);
        assertThat(Tracker.forUri(store.toUri().toString())).extracting(t -> ((LocalFileStore) t).root())
                .isEqualTo(store);
        assertThat(Tracker.forUri("file://" + store)).extracting(t -> ((LocalFileStore) t).root()).isEqualTo(store);
        assertThat(store).as("forUri must not touch the disk").doesNotExist();
    }

    @Test
    void httpAndHttpsAreServers() {
        assertThat(Tracker.forUri("http://localhost:5000/").describe())
                .isEqualTo("MLflow server http://localhost:5000");
        assertThat(Tracker.forUri("HTTPS://mlflow.example.org")).isInstanceOf(RestTracker.class);
    }

    @Test
    void unsupportedOrMalformedUrisFailNamingTheUri() {
        assertThatThrownBy(() -> Tracker.forUri("sqlite:///mlflow.db")).isInstanceOf(TrackingException.class)
                .hasMessageContaining("'sqlite'").hasMessageContaining("sqlite:///mlflow.db");
        assertThatThrownBy(() -> Tracker.forUri("http:///no-host")).isInstanceOf(TrackingException.class)
                .hasMessageContaining("http:///no-host").hasMessageContaining("no host");
        assertThatThrownBy(() -> Tracker.forUri(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
