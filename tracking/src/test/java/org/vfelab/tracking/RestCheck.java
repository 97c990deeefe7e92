package org.vfelab.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one REST request body against the field names and types of MLflow's REST API reference, collecting
 * every problem with the field's path so that a failing test names exactly what the client sent wrong.
 */
final class RestCheck {
    private static final Set<String> RUN_STATUSES = Set.of("RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED");
    private static final Set<String> VIEW_TYPES = Set.of("ACTIVE_ONLY", "DELETED_ONLY", "ALL");
    private static final Set<String> SPECIAL_DOUBLES = Set.of("NaN", "Infinity", "-Infinity");

    private final String endpoint;
    private final JsonNode json;
    private final List<String> problems = new ArrayList<>();

    RestCheck(String endpoint, JsonNode json) {
        this.endpoint = endpoint;
        this.json = json;
    }

    JsonNode json() {
        return json;
    }

    List<String> problems() {
        return problems;
    }

    void require(boolean condition, String problem) {
        if (!condition) {
            problems.add(endpoint + ": " + problem);
        }
    }

    /**
     * Only {@code types}' fields, each of its type ("string", "int32", "int64", "double", "array", "status",
     * "view_type").
     */
    void fields(Map<String, String> types, String... required) {
        fields("", json, types, required);
    }

    /** {@code metrics} entries are {key: string, value: double, timestamp: int64, step: int64}. */
    void metrics() {
        int i = 0;
        for (JsonNode metric : json.path("metrics")) {
            fields("metrics[" + i++ + "].", metric, Map.of("key", "string", "value", "double", "timestamp", "int64",
                    "step", "int64"), "key", "value", "timestamp");
        }
    }

    /** {@code field} entries are {key: string, value: string} (Param and RunTag). */
    void keyValues(String field) {
        int i = 0;
        for (JsonNode entry : json.path(field)) {
            fields(field + "[" + i++ + "].", entry, Map.of("key", "string", "value", "string"), "key", "value");
        }
    }

    private void fields(String prefix, JsonNode node, Map<String, String> types, String... required) {
        require(node.isObject(), prefix + " is not a JSON object");
        for (String name : required) {
            require(node.has(name), "required field " + prefix + name + " missing");
        }
        node.fieldNames().forEachRemaining(name -> {
            String type = types.get(name);
            require(type != null, "unknown field " + prefix + name);
            if (type != null) {
                require(hasType(node.get(name), type), prefix + name + " is not of type " + type + ": "
                        + node.get(name));
            }
        });
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "int32" -> value.isInt() || value.isTextual() && value.asText().matches("-?\\d{1,9}");
            case "int64" -> value.isIntegralNumber() || value.isTextual() && value.asText().matches("-?\\d+");
            case "double" -> value.isNumber() || value.isTextual() && SPECIAL_DOUBLES.contains(value.asText());
            case "array" -> value.isArray();
            case "status" -> value.isTextual() && RUN_STATUSES.contains(value.asText());
            case "view_type" -> value.isTextual() && VIEW_TYPES.contains(value.asText());
            default -> throw new IllegalArgumentException(type);
        };
    }
}
