package org.vfelab.tracking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The tags a run starts with, as MLflow's Python client sets them ({@code mlflow/tracking/context/} providers
 * plus {@code mlflow.runName} from {@code FileStore.create_run}), so that runs from Java look like any other run
 * in the UI's user, source and name columns.
 */
final class InitialTags {
    static final String RUN_NAME = "mlflow.runName";
    static final String USER = "mlflow.user";
    static final String SOURCE_NAME = "mlflow.source.name";
    static final String SOURCE_TYPE = "mlflow.source.type";

    private InitialTags() {
    }

    /** The user that MLflow records as {@code user_id} and {@code mlflow.user}: the OS account name. */
    static String user() {
        return System.getProperty("user.name", "unknown");
    }

    /**
     * Default tags, then the caller's, then {@code mlflow.runName}; like MLflow, a caller's {@code mlflow.runName}
     * that disagrees with {@code runName} is an error rather than a silent pick.
     */
    static Map<String, String> initial(String runName, Map<String, String> tags) {
        if (runName == null || runName.isBlank()) {
            throw new IllegalArgumentException("run name is blank");
        }
        Objects.requireNonNull(tags, "tags");
        String tagged = tags.get(RUN_NAME);
        if (tagged != null && !tagged.equals(runName)) {
            throw new IllegalArgumentException("run name '" + runName + "' disagrees with tag " + RUN_NAME
                    + "='" + tagged + "'");
        }
        Map<String, String> all = new LinkedHashMap<>();
        all.put(USER, user());
        all.put(SOURCE_NAME, sourceName());
        all.put(SOURCE_TYPE, "LOCAL");
        tags.forEach((key, value) -> all.put(EntityKeys.check("tag", key), Objects.requireNonNull(value, key)));
        all.put(RUN_NAME, runName);
        return all;
    }

    /** What launched this JVM (main class or jar), MLflow's {@code sys.argv[0]} in Java terms. */
    private static String sourceName() {
        String command = System.getProperty("sun.java.command", "").trim();
        return command.isEmpty() ? "java" : command.split("\\s+", 2)[0];
    }
}
