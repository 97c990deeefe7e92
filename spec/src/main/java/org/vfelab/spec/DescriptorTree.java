package org.vfelab.spec;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The descriptor being resolved: every schema path mapped to the node that currently decides it and where that
 * node came from. Starts as the defaults; files, overrides and params are merged over it, key by key.
 */
final class DescriptorTree {

    /** The node deciding one path (null for a section nobody wrote) and where it came from. */
    record Setting(Node node, Locator locator) {
        void report(Problems problems, String path, String message) {
            locator.report(problems, node, path, message);
        }
    }

    private final DescriptorSchema schema;
    private final Map<String, Setting> settings = new HashMap<>();

    /** @param home where to report problems with default values: the user's file, without a position */
    DescriptorTree(DescriptorSchema schema, Locator home) {
        this.schema = schema;
        schema.sections().keySet().forEach(path -> settings.put(path, new Setting(null, home)));
        schema.leaves().forEach((path, node) -> settings.put(path, new Setting(node, home)));
    }

    Setting at(String path) {
        return settings.get(path);
    }

    /** Merges a node over a known path: sections key by key, leaves replaced whole. */
    void merge(String path, Node node, Locator from, Problems problems) {
        if (!schema.isSection(path)) {
            settings.put(path, new Setting(node, from));
            return;
        }
        if (!(node instanceof MappingNode mapping)) {
            String keys = Suggest.list(schema.sections().get(path));
            from.report(problems, node, path, "expected a mapping of " + keys + ", got " + YamlNodes.describe(node));
            return;
        }
        settings.put(path, new Setting(node, from));
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : YamlNodes.describe(keyNode);
            String child = DescriptorSchema.join(path, key);
            if (!seen.add(key)) {
                from.report(problems, keyNode, child, "duplicate key '" + key + "'");
            } else if (!(keyNode instanceof ScalarNode) || !schema.sections().get(path).contains(key)) {
                from.report(problems, keyNode, child, StrictYaml.unknownKey(key, schema.sections().get(path)));
            } else {
                merge(child, tuple.getValueNode(), from, problems);
            }
        }
    }

    /** Sets a dotted key from text ({@code --set} or params), parsing the text as a YAML value. */
    void assign(String dotted, String text, Locator from, Problems problems) {
        String path = "";
        for (String segment : dotted.split("\\.", -1)) {
            List<String> allowed = schema.sections().get(path);
            if (allowed == null) {
                from.report(problems, null, dotted, "unknown key '" + segment + "' (" + path
                        + " takes a value, not sub-keys)");
                return;
            }
            if (!allowed.contains(segment)) {
                from.report(problems, null, dotted, StrictYaml.unknownKey(segment, allowed));
                return;
            }
            path = DescriptorSchema.join(path, segment);
        }
        if (schema.isText(path)) {
            merge(path, YamlNodes.text(text), from, problems);
            return;
        }
        try {
            Node node = YamlNodes.compose(text);
            merge(path, node == null ? YamlNodes.empty() : node, from, problems);
        } catch (YAMLException e) {
            String why = e instanceof MarkedYAMLException marked ? marked.getProblem() : e.getMessage();
            from.report(problems, null, dotted, "invalid YAML value '" + text + "': " + why);
        }
    }
}
