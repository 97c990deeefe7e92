package org.vfelab.spec;

import java.io.StringReader;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** SnakeYAML's node API, used instead of object mapping because nodes keep the line and column of every value. */
final class YamlNodes {
    private YamlNodes() {
    }

    /** The document's root node, or null for an empty document; throws SnakeYAML's exceptions on bad syntax. */
    static Node compose(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
    }

    /** A string value that no YAML rule re-interprets, for keys whose type is text. */
    static Node text(String value) {
        return new ScalarNode(Tag.STR, value, null, null, ScalarStyle.PLAIN);
    }

    /** The value of {@code key=} with nothing after the equals sign. */
    static Node empty() {
        return new ScalarNode(Tag.NULL, "", null, null, ScalarStyle.PLAIN);
    }

    static boolean isNull(Node node) {
        return node == null || node.getTag().equals(Tag.NULL);
    }

    /** How a value is quoted in a "got ..." message. */
    static String describe(Node node) {
        if (isNull(node)) {
            return "nothing";
        }
        if (node instanceof ScalarNode scalar) {
            return (scalar.isPlain() ? "'" : "a quoted string '") + scalar.getValue() + "'";
        }
        if (node instanceof SequenceNode sequence) {
            int n = sequence.getValue().size();
            return "a list of " + n + (n == 1 ? " item" : " items");
        }
        return node instanceof MappingNode ? "a mapping" : "'" + node + "'";
    }
}
