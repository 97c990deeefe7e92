package org.vfelab.experiments.sweep;

import org.vfelab.spec.SpecException;
import org.vfelab.spec.SpecProblem;
import org.vfelab.spec.StrictYaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a sweep file strictly, reporting every problem with {@code file:line:column: key: problem}, like
 * descriptors. Keys: {@code name}, {@code base} (a descriptor path relative to the sweep file), {@code set}
 * (overrides for every trial), {@code seeds}, and either {@code arms} (a list of {@code {label, set}}, each
 * optionally with an {@code id} that later stages name it by and a {@code base} of its own) or {@code axes} (a
 * grid: every combination of the listed values) with optional {@code zip} groups (axes whose lists move together)
 * and a {@code label} template such as {@code "{model.backbone.type} mask {sampling.mask_ratio}"}.
 */
public final class SweepFiles {
    private static final Set<String> KEYS = Set.of("name", "base", "set", "seeds", "arms", "axes", "zip", "label");
    private static final Set<String> ARM_KEYS = Set.of("label", "set", "id", "base");

    private SweepFiles() {
    }

    /** @throws SpecException listing every problem of the file */
    public static SweepFile load(Path file) {
        Reader reader = new Reader(file.toString());
        MappingNode root = reader.root(file);
        if (root == null) {
            throw reader.failure();
        }
        Map<String, Node> top = reader.mapping(root, "", KEYS);
        String name = reader.text(top, "name", "");
        Path dir = file.toAbsolutePath().getParent();
        Optional<Path> base = Optional.ofNullable(top.get("base")).map(node -> dir.resolve(reader.scalar(node,
                "base")));
        List<String> common = top.containsKey("set") ? reader.overrides(top.get("set"), "set") : List.of();
        List<Long> seeds = top.containsKey("seeds") ? reader.seeds(top.get("seeds")) : List.of();
        List<Arm> arms = new ArrayList<>();
        if (top.containsKey("arms") == (top.containsKey("axes") || top.containsKey("zip"))) {
            reader.problem(root, "", "give either arms or axes (with optional zip), not both or neither");
        } else if (top.containsKey("arms")) {
            arms.addAll(reader.arms(top.get("arms"), dir));
        } else {
            arms.addAll(Grid.arms(reader.axes(top.get("axes"), "axes"), reader.zips(top.get("zip")),
                    reader.text(top, "label", "")));
        }
        if (base.isEmpty() && (arms.isEmpty() || arms.stream().anyMatch(arm -> arm.base().isEmpty()))) {
            reader.problem(root, "base", "missing: name the descriptor every trial starts from (or give every arm "
                    + "a base of its own)");
        }
        if (!reader.ok()) {
            throw reader.failure();
        }
        return new SweepFile(file, name.isEmpty() ? stem(file) : name, base, common, arms, seeds);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    }

    /** Collects problems while walking the file's nodes. */
    private static final class Reader {
        private final String source;
        private final List<SpecProblem> problems = new ArrayList<>();

        Reader(String source) {
            this.source = source;
        }

        /** The file's root mapping, or null (with the problem recorded) when it holds something else. */
        MappingNode root(Path file) {
            if (StrictYaml.read(file) instanceof MappingNode mapping) {
                return mapping;
            }
            problems.add(new SpecProblem(source, 0, 0, "", "expected a mapping of sweep keys"));
            return null;
        }

        Map<String, Node> mapping(Node node, String path, Set<String> allowed) {
            Map<String, Node> values = new LinkedHashMap<>();
            if (!(node instanceof MappingNode mapping)) {
                problem(node, path, "expected a mapping");
                return values;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                if (allowed != null && !allowed.contains(key)) {
                    problem(tuple.getKeyNode(), join(path, key), StrictYaml.unknownKey(key,
                            allowed.stream().sorted().toList()));
                }
                values.put(key, tuple.getValueNode());
            }
            return values;
        }

        String text(Map<String, Node> values, String key, String absent) {
            return values.containsKey(key) ? scalar(values.get(key), key) : absent;
        }

        String scalar(Node node, String path) {
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            problem(node, path, "expected a single value");
            return "";
        }

        /** A mapping of dotted descriptor keys to values, as {@code key=value} overrides. */
        List<String> overrides(Node node, String path) {
            List<String> overrides = new ArrayList<>();
            mapping(node, path, null).forEach((key, value) -> overrides.add(key + "=" + flow(value, join(path,
                    key))));
            return overrides;
        }

        List<Long> seeds(Node node) {
            List<Long> seeds = new ArrayList<>();
            for (Node item : items(node, "seeds")) {
                try {
                    seeds.add(Long.parseLong(scalar(item, "seeds")));
                } catch (NumberFormatException e) {
                    problem(item, "seeds", "expected an integer seed");
                }
            }
            return seeds;
        }

        /** The arms; an arm's own {@code base} is relative to {@code dir}, the sweep file's folder. */
        List<Arm> arms(Node node, Path dir) {
            List<Arm> arms = new ArrayList<>();
            Map<String, String> labelsById = new HashMap<>();
            List<Node> items = items(node, "arms");
            for (int i = 0; i < items.size(); i++) {
                String path = "arms[" + i + "]";
                Map<String, Node> arm = mapping(items.get(i), path, ARM_KEYS);
                if (!arm.containsKey("label")) {
                    problem(items.get(i), path, "missing: label (the run name and legend of this arm)");
                }
                String label = text(arm, "label", "");
                Optional<String> id = Optional.empty();
                if (arm.containsKey("id")) {
                    String text = scalar(arm.get("id"), path + ".id");
                    id = validId(arm.get("id"), path + ".id", text, label, labelsById) ? Optional.of(text)
                            : Optional.empty();
                }
                Optional<Path> base = Optional.ofNullable(arm.get("base"))
                        .map(n -> dir.resolve(scalar(n, path + ".base")));
                arms.add(new Arm(label, arm.containsKey("set") ? overrides(arm.get("set"), path + ".set")
                        : List.of(), id, base));
            }
            return arms;
        }

        /** Whether {@code id} is well formed and not taken by an earlier arm; records it for the later ones. */
        private boolean validId(Node node, String path, String id, String label, Map<String, String> labelsById) {
            if (!Arm.ID.matcher(id).matches()) {
                problem(node, path, "'" + id + "' is not an id: use letters, digits, - and _");
                return false;
            }
            String earlier = labelsById.putIfAbsent(id, label);
            if (earlier != null) {
                problem(node, path, "'" + id + "' is already the id of arm '" + earlier + "'");
                return false;
            }
            return true;
        }

        Map<String, List<String>> axes(Node node, String path) {
            Map<String, List<String>> axes = new LinkedHashMap<>();
            mapping(node, path, null).forEach((key, values) -> axes.put(key,
                    items(values, join(path, key)).stream().map(v -> flow(v, join(path, key))).toList()));
            return axes;
        }

        List<Map<String, List<String>>> zips(Node node) {
            if (node == null) {
                return List.of();
            }
            List<Map<String, List<String>>> zips = new ArrayList<>();
            List<Node> groups = items(node, "zip");
            for (int i = 0; i < groups.size(); i++) {
                Map<String, List<String>> group = axes(groups.get(i), "zip[" + i + "]");
                if (group.values().stream().map(List::size).distinct().count() > 1) {
                    problem(groups.get(i), "zip[" + i + "]", "the axes of a zip group must list as many values");
                }
                zips.add(group);
            }
            return zips;
        }

        private List<Node> items(Node node, String path) {
            if (node instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
                return sequence.getValue();
            }
            problem(node, path, "expected a non-empty list");
            return List.of();
        }

        /** A value in {@code --set} syntax: a scalar as written, a list as {@code [a, b]}. */
        private String flow(Node node, String path) {
            if (node instanceof SequenceNode sequence) {
                return "[" + String.join(", ", sequence.getValue().stream().map(n -> flow(n, path)).toList()) + "]";
            }
            return scalar(node, path);
        }

        void problem(Node node, String path, String message) {
            problems.add(StrictYaml.problem(source, node, path, message));
        }

        boolean ok() {
            return problems.isEmpty();
        }

        SpecException failure() {
            return new SpecException(source, problems);
        }

        private static String join(String path, String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }
}
