package org.vfelab.tracking;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Tracking-server options with short deadlines for tests: a lost server is given up on after two seconds. */
public final class TestServers {
    private TestServers() {
    }

    /** Journals under {@code journals}; notices are dropped. */
    public static ServerOptions options(Path journals) {
        return new ServerOptions(journals, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofMillis(200), false, line -> { });
    }

    /** Journals under {@code journals}, retrying for {@code retryFor}; notices are added to {@code notices}. */
    public static ServerOptions options(Path journals, Duration retryFor, List<String> notices) {
        return new ServerOptions(journals, retryFor, Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofMillis(200), false, notices::add);
    }
}
