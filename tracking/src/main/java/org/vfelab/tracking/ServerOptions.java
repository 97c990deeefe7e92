package org.vfelab.tracking;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How vfe talks to a tracking server: where runs journal what they log, how long a server may fail before delivery
 * stops, the timeouts of every request, and where delivery says that a server went away or came back.
 *
 * @param journalRoot       the directory under which each run handle journals (one directory per handle)
 * @param retryFor          how long requests are retried while a server keeps failing
 * @param requestTimeout    how long one request waits for its answer
 * @param connectTimeout    how long a connection may take to open
 * @param linger            how long a live run's metric points may gather before a short batch is sent
 * @param retryFirstContact whether even the first request of this process is retried (a sweep's trial, whose
 *                          runner has just reached the server); otherwise a server that fails it fails fast
 * @param notices           where warnings about the server go, one line each
 */
public record ServerOptions(Path journalRoot, Duration retryFor, Duration requestTimeout, Duration connectTimeout,
                            Duration linger, boolean retryFirstContact, Consumer<String> notices) {

    /** Requires positive durations (a linger of zero sends at once). */
    public ServerOptions {
        if (journalRoot == null || notices == null) {
            throw new IllegalArgumentException("a tracking journal directory and a notice sink are required");
        }
        for (Duration duration : new Duration[] {retryFor, requestTimeout, connectTimeout}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("tracking durations must be positive, got " + duration);
            }
        }
        if (linger.isNegative()) {
            throw new IllegalArgumentException("linger must not be negative, got " + linger);
        }
    }

    /** Journals under {@code journalRoot}, retries for {@code retryFor}, waits {@code requestTimeout} per answer. */
    public static ServerOptions of(Path journalRoot, Duration retryFor, Duration requestTimeout) {
        Duration connect = requestTimeout.compareTo(Duration.ofSeconds(5)) < 0 ? requestTimeout : Duration.ofSeconds(5);
        return new ServerOptions(journalRoot, retryFor, requestTimeout, connect, Duration.ofSeconds(1), false,
                line -> System.err.println(line));
    }

    /** The defaults of {@code tracking:} in a descriptor: {@code ~/.vfe/journal}, 300 s, 20 s. */
    public static ServerOptions defaults() {
        return of(Path.of(System.getProperty("user.home"), ".vfe", "journal"), Duration.ofSeconds(300),
                Duration.ofSeconds(20));
    }

    public ServerOptions withNotices(Consumer<String> sink) {
        return new ServerOptions(journalRoot, retryFor, requestTimeout, connectTimeout, linger, retryFirstContact, sink);
    }

    public ServerOptions withRetryFirstContact(boolean retry) {
        return new ServerOptions(journalRoot, retryFor, requestTimeout, connectTimeout, linger, retry, notices);
    }
}
