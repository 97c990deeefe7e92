package org.vfelab.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code meta.yaml} files as MLflow writes them: {@code yaml.safe_dump(data, default_flow_style=False,
 * sort_keys=True)} ({@code write_yaml} in {@code mlflow/utils/yaml_utils.py}). Writing mimics PyYAML's scalar
 * styles (plain where PyYAML would, single quotes where a string would read back as another type, such as
 * {@code experiment_id: '0'}) so files diff cleanly against MLflow's; reading is any YAML, so stores written by
 * MLflow itself read back too.
 */
final class MetaYaml {
    /** PyYAML's implicit resolvers (bool, int, float, null, timestamp, merge, value) from {@code resolver.py}. */
    private static final Pattern IMPLICIT = Pattern.compile(String.join("|",
            "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
            "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+",
            "[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+",
            "[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?",
            "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)",
            "~|null|Null|NULL|<<|=",
            "[0-9]{4}-[0-9]{2}-[0-9]{2}",
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
                    + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?"));
    private static final Pattern NOT_PLAIN = Pattern.compile("^[#,\\[\\]{}&*!|>'\"%@`].*|^[-?:]$|^[-?:] .*"
            + "|^---.*|^\\.\\.\\..*|.*: .*|.*:$|.* #.*|^ .*|.* $", Pattern.DOTALL);
    private static final YAMLMapper MAPPER = new YAMLMapper();

    private MetaYaml() {
    }

    /** The YAML text of {@code data}, keys sorted; values are strings, integers, null or an empty list. */
    static String render(Map<String, ?> data) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(data).forEach((key, value) -> out.append(key).append(": ").append(scalar(value)).append('\n'));
        return out.toString();
    }

    /** Writes {@code data} atomically to {@code dir/meta.yaml}. */
    static void write(Path dir, Map<String, ?> data) {
        AtomicFiles.write(dir.resolve("meta.yaml"), render(data).getBytes(StandardCharsets.UTF_8), dir);
    }

    /** Reads {@code dir/meta.yaml} as a tree; a missing or unreadable file fails naming its path. */
    static JsonNode read(Path dir) {
        Path file = dir.resolve("meta.yaml");
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                throw new TrackingException("malformed MLflow metadata " + file + ": not a YAML mapping");
            }
            return node;
        } catch (IOException e) {
            throw new TrackingException("cannot read MLflow metadata " + file + ": " + e.getMessage(), e);
        }
    }

    private static String scalar(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof List<?> list && list.isEmpty()) {
            return "[]";
        }
        if (value instanceof String text) {
            return string(text);
        }
        throw new IllegalArgumentException("meta.yaml value of unsupported type: " + value);
    }

    private static String string(String text) {
        if (!text.codePoints().allMatch(MetaYaml::printable)) {
            return doubleQuoted(text);
        }
        if (text.isEmpty() || IMPLICIT.matcher(text).matches() || NOT_PLAIN.matcher(text).matches()) {
            return "'" + text.replace("'", "''") + "'";
        }
        return text;
    }

    /**
     * libyaml's {@code IS_PRINTABLE} (MLflow dumps with {@code CSafeDumper} where available), less line breaks:
     * PyYAML folds those into a multi-line single-quoted scalar, which we write double-quoted instead (it reads
     * back the same).
     */
    private static boolean printable(int c) {
        return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }

    /** libyaml's double-quoted style: printable characters as they are, the rest escaped. */
    private static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> out.append(printable(c) && c != '"' && c != '\\'
                ? Character.toString(c) : escape(c)));
        return out.append('"').toString();
    }

    private static String escape(int c) {
        return switch (c) {
            case 0 -> "\\0";
            case 0x07 -> "\\a";
            case '\b' -> "\\b";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case 0x0B -> "\\v";
            case '\f' -> "\\f";
            case '\r' -> "\\r";
            case 0x1B -> "\\e";
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case 0x85 -> "\\N";
            case 0x2028 -> "\\L";
            case 0x2029 -> "\\P";
            default -> c <= 0xFF ? String.format("\\x%02X", c)
                    : c <= 0xFFFF ? String.format("\\u%04X", c) : String.format("\\U%08X", c);
        };
    }
}
