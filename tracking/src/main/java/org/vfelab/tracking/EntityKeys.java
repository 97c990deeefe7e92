package org.vfelab.tracking;

import java.util.regex.Pattern;

/**
 * MLflow's rules for experiment names, param, metric and tag keys, and artifact paths ({@code _validate_metric_name},
 * {@code path_not_unique} and {@code MAX_ENTITY_KEY_LENGTH} in {@code mlflow/utils/validation.py}), checked on
 * our side because a FileStore key is a file path: a bad key must fail with its name before it can escape the
 * run directory, and a server should not be the first to tell us.
 */
final class EntityKeys {
    private static final Pattern VALID = Pattern.compile("^[/\\w.\\- ]*$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MAX_KEY_LENGTH = 250;
    private static final Pattern RUN_ID = Pattern.compile("^[a-zA-Z0-9][\\w\\-]{0,255}$");

    private EntityKeys() {
    }

    /** Returns {@code key} if MLflow accepts it as a {@code kind} ("param", "metric", "tag") name. */
    static String check(String kind, String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException(kind + " key is empty");
        }
        if (!VALID.matcher(key).matches()) {
            throw new IllegalArgumentException("invalid " + kind + " key '" + key + "': MLflow keys may only "
                    + "contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ) and slashes (/)");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException(kind + " key '" + key + "' is longer than MLflow's "
                    + MAX_KEY_LENGTH + " characters");
        }
        checkSegments(kind + " key", key);
        return key;
    }

    /** Returns {@code runId} if it passes MLflow's {@code _validate_run_id}, which also keeps it a plain file name. */
    static String checkRunId(String runId) {
        if (runId == null || !RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("invalid MLflow run id '" + runId + "': expected letters, digits, "
                    + "'_' and '-', such as a 32-character hex id");
        }
        return runId;
    }

    /** MLflow's {@code _validate_experiment_name}: any non-blank string. */
    static String checkExperimentName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("experiment name is blank");
        }
        return name;
    }

    /** Returns {@code path} if it is a relative artifact path that stays under the run's artifact root. */
    static String checkArtifactPath(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("artifact path is empty");
        }
        if (path.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("artifact path '" + path + "' must use '/' as separator");
        }
        checkSegments("artifact path", path);
        return path;
    }

    /** MLflow's {@code path_not_unique}: the name must equal its own normalised, relative path. */
    private static void checkSegments(String what, String name) {
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException(what + " '" + name + "' is not a plain relative path "
                        + "(empty, '.' or '..' segment, or a leading or trailing '/')");
            }
        }
        if (name.startsWith("..")) {
            throw new IllegalArgumentException(what + " '" + name + "' must not start with '..'");
        }
    }
}
