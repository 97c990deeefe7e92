package org.vfelab.core.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The allowed keys, read from {@code defaults.yaml}: a key whose default is a mapping is a section, any other
 * key is a leaf whose default node also tells its type. Keeping the schema and the defaults in one file means
 * a new key cannot be allowed without a default, or defaulted without being allowed.
 */
final class DescriptorSchema {
    static final String RESOURCE = "defaults.yaml";

    private static final DescriptorSchema INSTANCE = read();

    private final Map<String, Node> leaves = new LinkedHashMap<>();
    private final Map<String, List<String>> sections = new LinkedHashMap<>();

    private DescriptorSchema(MappingNode root) {
        walk("", root);
    }

    static DescriptorSchema get() {
        return INSTANCE;
    }

    /** Leaf paths in file order, with their default nodes. */
    Map<String, Node> leaves() {
        return Collections.unmodifiableMap(leaves);
    }

    /** Section paths in file order ({@code ""} is the root), with their child keys. */
    Map<String, List<String>> sections() {
        return Collections.unmodifiableMap(sections);
    }

    boolean isSection(String path) {
        return sections.containsKey(path);
    }

    boolean isLeaf(String path) {
        return leaves.containsKey(path);
    }

    /** Whether the leaf holds free text, which {@code --set} and params take verbatim. */
    boolean isText(String path) {
        return leaves.get(path) instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR);
    }

    static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    private void walk(String path, MappingNode mapping) {
        List<String> keys = new ArrayList<>();
        sections.put(path, keys);
        for (NodeTuple tuple : mapping.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            keys.add(key);
            String child = join(path, key);
            if (tuple.getValueNode() instanceof MappingNode section) {
                walk(child, section);
            } else {
                leaves.put(child, tuple.getValueNode());
            }
        }
    }

    private static DescriptorSchema read() {
        try (InputStream in = DescriptorSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/vfelab/core/spec/" + RESOURCE);
            }
            return new DescriptorSchema((MappingNode) YamlNodes.compose(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read org/vfelab/core/spec/" + RESOURCE, e);
        }
    }
}
