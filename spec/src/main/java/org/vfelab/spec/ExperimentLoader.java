package org.vfelab.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The strict way in: a descriptor file deep-merged over {@code defaults.yaml}, then {@code --set} overrides,
 * then validated into an {@link ExperimentSpec}. Every unknown key, wrong type, bad value and unknown plugin
 * is reported at once in one {@link SpecException}, each with its key path and line:column. The catalog's plugins
 * add their own settings to the keys a descriptor may set.
 */
public final class ExperimentLoader {
    private static final String OVERRIDE = "--set";
    private static final String PARAMS = "params";

    private final PluginCatalog catalog;

    /** @param catalog the plugin names that exist; names of other plugins are load errors */
    public ExperimentLoader(PluginCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Loads {@code file} without overrides. */
    public ExperimentSpec load(Path file) {
        return load(file, List.of());
    }

    /**
     * @param file      the descriptor; an empty file means all defaults
     * @param overrides {@code dotted.key=value} strings, applied in order after the file; the value is read as a
     *                  YAML scalar or flow value ({@code [2, 4, 4]}), except for text keys, which take it verbatim
     * @throws SpecException listing every problem of the file and the overrides
     */
    public ExperimentSpec load(Path file, List<String> overrides) {
        String source = file.toString();
        Node root = StrictYaml.read(file);
        Problems problems = new Problems();
        DescriptorTree tree = new DescriptorTree(schema(), new Locator(source, false, 0));
        if (root != null) {
            tree.merge("", root, new Locator(source, true, 0), problems);
        }
        for (int i = 0; i < overrides.size(); i++) {
            String assignment = overrides.get(i);
            Locator override = new Locator(OVERRIDE, false, i + 1);
            int equals = assignment.indexOf('=');
            if (equals < 0) {
                override.report(problems, null, assignment.strip(), "expected key=value, e.g. training.steps=50");
            } else {
                tree.assign(assignment.substring(0, equals).strip(), assignment.substring(equals + 1), override,
                        problems);
            }
        }
        return bind(tree, problems, source);
    }

    /**
     * Rebuilds a spec from the flat parameters a run logged ({@link SpecParams#flatten}); keys missing from the
     * map take their defaults, keys the schema does not know are problems.
     */
    public ExperimentSpec fromParams(Map<String, String> params) {
        Problems problems = new Problems();
        Locator locator = new Locator(PARAMS, false, 0);
        DescriptorTree tree = new DescriptorTree(schema(), locator);
        params.forEach((key, value) -> tree.assign(key, value, locator, problems));
        return bind(tree, problems, PARAMS);
    }

    private DescriptorSchema schema() {
        return DescriptorSchema.of(catalog.settings());
    }

    private ExperimentSpec bind(DescriptorTree tree, Problems problems, String source) {
        ExperimentSpec spec = new SpecBinder(tree, catalog, problems).bind();
        problems.throwIfAny(source);
        return spec;
    }
}
