package org.vfelab.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed reads of leaves from a {@link DescriptorTree}. A value of the wrong type is recorded as a problem and
 * read as null, so reading goes on and every problem of the descriptor is found in one pass.
 */
final class ValueReader {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9][0-9_]*");
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9][0-9_]*(\\.[0-9_]*)?|\\.[0-9][0-9_]*)([eE][-+]?[0-9]+)?");

    private final DescriptorTree tree;
    private final Problems problems;

    ValueReader(DescriptorTree tree, Problems problems) {
        this.tree = tree;
        this.problems = problems;
    }

    Integer integer(String path) {
        return read(path, tree.at(path).node(), "an integer", ValueReader::toInt);
    }

    Long longInteger(String path) {
        return read(path, tree.at(path).node(), "an integer", ValueReader::toLong);
    }

    Double number(String path) {
        return read(path, tree.at(path).node(), "a number",
                text -> NUMBER.matcher(text).matches() ? Double.valueOf(text.replace("_", "")) : null);
    }

    Boolean bool(String path) {
        return read(path, tree.at(path).node(), "true or false",
                text -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false") ? Boolean.valueOf(text) : null);
    }

    String string(String path) {
        Node node = tree.at(path).node();
        if (node instanceof ScalarNode scalar && !YamlNodes.isNull(node)) {
            return scalar.getValue();
        }
        return fail(path, node, "expected a string, got " + YamlNodes.describe(node));
    }

    /** A name from a closed set, e.g. a preset: {@code unknown preset 'huge' (known: tiny, ...)}. */
    <E> E choice(String path, String what, Map<String, E> known) {
        String name = string(path);
        return name == null ? null : lookup(path, tree.at(path).node(), what, name, known);
    }

    /** A list whose items are each read by {@code item}; {@code size} 0 means any non-fixed length. */
    <T> List<T> list(String path, int size, String items, ItemReader<T> item) {
        Node node = tree.at(path).node();
        String expected = "expected a list of " + (size > 0 ? size + " " : "") + items;
        if (!(node instanceof SequenceNode sequence) || size > 0 && sequence.getValue().size() != size) {
            return fail(path, node, expected + ", got " + YamlNodes.describe(node));
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < sequence.getValue().size(); i++) {
            values.add(item.read(path + "[" + i + "]", sequence.getValue().get(i)));
        }
        return values.contains(null) ? null : values;
    }

    /** Reads one list item at its own position. */
    interface ItemReader<T> {
        T read(String path, Node node);
    }

    Integer integerItem(String path, Node node) {
        return read(path, node, "an integer", ValueReader::toInt);
    }

    <E> ItemReader<E> choiceItem(String what, Map<String, E> known) {
        return (path, node) -> node instanceof ScalarNode scalar && !YamlNodes.isNull(node)
                ? lookup(path, node, what, scalar.getValue(), known)
                : fail(path, node, "expected a " + what + ", got " + YamlNodes.describe(node));
    }

    /** Records a problem at {@code node}, located by the setting that holds {@code path}'s leaf. */
    <T> T fail(String path, Node node, String message) {
        String leaf = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
        tree.at(leaf).locator().report(problems, node, path, message);
        return null;
    }

    private <E> E lookup(String path, Node node, String what, String name, Map<String, E> known) {
        E value = known.get(name);
        if (value == null) {
            return fail(path, node, unknownName(what, name, known.keySet()));
        }
        return value;
    }

    static String unknownName(String what, String name, Collection<String> known) {
        return "unknown " + what + " '" + name + "' (known: " + Suggest.list(known)
                + Suggest.closest(name, known).map(s -> "; did you mean '" + s + "'?").orElse("") + ")";
    }

    private <T> T read(String path, Node node, String expected, Function<String, T> parse) {
        T value = node instanceof ScalarNode scalar && scalar.isPlain() && !YamlNodes.isNull(node)
                ? parse.apply(scalar.getValue()) : null;
        return value != null ? value : fail(path, node, "expected " + expected + ", got " + YamlNodes.describe(node));
    }

    private static Long toLong(String text) {
        try {
            return INTEGER.matcher(text).matches() ? Long.valueOf(text.replace("_", "")) : null;
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    private static Integer toInt(String text) {
        Long value = toLong(text);
        return value != null && value == value.intValue() ? Integer.valueOf(value.intValue()) : null;
    }
}
