package org.vfelab.spec;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Writes the resolved descriptor, every key included, in the layout of {@code defaults.yaml}; stored with each
 * trial so a run can be repeated with {@code vfe run resolved.yaml} whatever the defaults become later.
 */
public final class SpecYaml {
    private SpecYaml() {
    }

    /** Nested block YAML with lists in flow style, keys in the order of {@code defaults.yaml}. */
    public static String toYaml(ExperimentSpec spec) {
        StringBuilder out = new StringBuilder();
        List<String> open = List.of();
        for (Map.Entry<String, Object> leaf : SpecValues.of(spec).entrySet()) {
            List<String> parts = List.of(leaf.getKey().split("\\."));
            List<String> sections = parts.subList(0, parts.size() - 1);
            int common = 0;
            while (common < sections.size() && common < open.size() && sections.get(common).equals(open.get(common))) {
                common++;
            }
            for (int depth = common; depth < sections.size(); depth++) {
                out.append("  ".repeat(depth)).append(sections.get(depth)).append(":\n");
            }
            out.append("  ".repeat(sections.size())).append(parts.get(parts.size() - 1)).append(": ")
                    .append(format(leaf.getValue())).append('\n');
            open = sections;
        }
        return out.toString();
    }

    private static String format(Object value) {
        return value instanceof String text ? scalar(text) : SpecValues.render(value);
    }

    /** Plain when YAML reads the text back as the same string, double-quoted otherwise. */
    private static String scalar(String text) {
        try {
            Node node = YamlNodes.compose(text);
            if (node instanceof ScalarNode s && s.isPlain() && s.getTag().equals(Tag.STR) && s.getValue().equals(text)
                    && !text.contains("\n")) {
                return text;
            }
        } catch (RuntimeException notPlain) {
            // falls through to quoting
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options).dump(text).strip();
    }
}
