package org.vfelab.tracking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The faults a {@link FakeMlflowServer} injects, each into a number of the next requests whose path contains a
 * given text, so a test can break exactly the request it is about: the connection reset before the server applied
 * the request or after it did, a 500 or 503 answer (nothing applied), an answer that comes later than the client's
 * read timeout (applied, then answered), plus a switch for an old uvicorn that refuses any request asking for an
 * HTTP/2 upgrade.
 */
final class FakeFaults {

    /** One way to break a request. */
    enum Fault {
        /** The connection closes before the server applies the request. */
        RESET_BEFORE,
        /** The server applies the request, then the connection closes without an answer. */
        RESET_AFTER,
        /** HTTP 500, nothing applied. */
        ERROR_500,
        /** HTTP 503, nothing applied. */
        UNAVAILABLE_503,
        /** The request is applied and answered, after {@link FakeFaults#slowness()}. */
        SLOW
    }

    private record Armed(Fault fault, String pathPart, int[] left) {
    }

    private final List<Armed> armed = new ArrayList<>();
    private volatile Duration slowness = Duration.ofSeconds(2);
    private volatile boolean refuseUpgrades;

    synchronized void inject(Fault fault, String pathPart, int times) {
        armed.add(new Armed(fault, pathPart, new int[] {times}));
    }

    /** The fault for this request, if one is armed for its path (using it up). */
    synchronized Optional<Fault> take(String path) {
        for (Iterator<Armed> it = armed.iterator(); it.hasNext(); ) {
            Armed next = it.next();
            if (path.contains(next.pathPart())) {
                if (--next.left()[0] <= 0) {
                    it.remove();
                }
                return Optional.of(next.fault());
            }
        }
        return Optional.empty();
    }

    Duration slowness() {
        return slowness;
    }

    void slowness(Duration delay) {
        slowness = delay;
    }

    boolean refuseUpgrades() {
        return refuseUpgrades;
    }

    void refuseUpgrades(boolean refuse) {
        refuseUpgrades = refuse;
    }
}
