package org.vfelab.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The allowed keys: core's, read from {@code defaults.yaml}, and the plugins' own ({@link PluginSettings}), each
 * at the end of its kind's section. A key whose default is a mapping is a section, any other key is a leaf whose
 * default node also tells its type. Defaults and schema come from one source each (the file, the settings
 * record), so a key cannot be allowed without a default, or defaulted without being allowed.
 */
final class DescriptorSchema {
    static final String RESOURCE = "defaults.yaml";

    private static final MappingNode CORE = read();
    private static final Map<List<PluginSettings>, DescriptorSchema> BY_PLUGINS = new ConcurrentHashMap<>();

    private final Map<String, Node> leaves = new LinkedHashMap<>();
    private final Map<String, List<String>> sections = new LinkedHashMap<>();
    private final Map<String, List<PluginSettings>> pluginsBySection = new LinkedHashMap<>();

    private DescriptorSchema(MappingNode root, List<PluginSettings> plugins) {
        plugins.forEach(p -> pluginsBySection.computeIfAbsent(p.section(), s -> new ArrayList<>()).add(p));
        walk("", root);
        pluginsBySection.keySet().stream().filter(section -> !sections.containsKey(section)).findFirst()
                .ifPresent(section -> {
                    throw new IllegalStateException("plugin settings for a section the descriptor lacks: " + section);
                });
    }

    /** Core's keys and those of {@code plugins}. */
    static DescriptorSchema of(List<PluginSettings> plugins) {
        return BY_PLUGINS.computeIfAbsent(List.copyOf(plugins), p -> new DescriptorSchema(CORE, p));
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
        addPluginKeys(path, keys);
        for (String section : pluginsBySection.keySet()) {
            String subsection = section.substring(section.lastIndexOf('.') + 1);
            if (!sections.containsKey(section) && section.equals(join(path, subsection))) {
                keys.add(subsection);
                List<String> own = new ArrayList<>();
                sections.put(section, own);
                addPluginKeys(section, own);
            }
        }
    }

    /** The keys of the plugins whose settings sit in {@code section}, appended to its {@code keys}. */
    private void addPluginKeys(String section, List<String> keys) {
        for (PluginSettings plugin : pluginsBySection.getOrDefault(section, List.of())) {
            for (PluginSettings.Key key : plugin.keys()) {
                String child = join(section, key.name());
                if (keys.contains(key.name())) {
                    throw new IllegalStateException(plugin.kind().word() + " '" + plugin.plugin() + "' declares "
                            + child + ", which the descriptor already has");
                }
                keys.add(key.name());
                Object value = key.defaultValue();
                leaves.put(child, value instanceof String text ? YamlNodes.text(text)
                        : YamlNodes.compose(SpecValues.render(value)));
            }
        }
    }

    private static MappingNode read() {
        try (InputStream in = DescriptorSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/vfelab/spec/" + RESOURCE);
            }
            return (MappingNode) YamlNodes.compose(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read org/vfelab/spec/" + RESOURCE, e);
        }
    }
}
