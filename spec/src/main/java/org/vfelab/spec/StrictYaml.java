package org.vfelab.spec;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The one way vfe reads a YAML file it checks strictly (experiment descriptors, sweep files): as SnakeYAML nodes,
 * which keep every value's line and column, with an unreadable file, bad syntax and unknown keys reported the same
 * way everywhere ({@code file:line:column: path: message}, "did you mean" for a near miss).
 */
public final class StrictYaml {
    private StrictYaml() {
    }

    /**
     * The document's root node, or null for an empty file.
     *
     * @throws SpecException when the file is missing, not UTF-8 or not valid YAML (with the line and column)
     */
    public static Node read(Path file) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw Problems.single(source, 0, 0, "file not found");
        } catch (CharacterCodingException e) {
            throw Problems.single(source, 0, 0, "cannot read file: not UTF-8 text");
        } catch (IOException e) {
            throw Problems.single(source, 0, 0, "cannot read file: " + e);
        }
        try {
            return YamlNodes.compose(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw mark == null ? Problems.single(source, 0, 0, "invalid YAML: " + problem)
                    : Problems.single(source, mark.getLine() + 1, mark.getColumn() + 1, "invalid YAML: " + problem);
        } catch (YAMLException e) {
            throw Problems.single(source, 0, 0, "invalid YAML: " + e.getMessage());
        }
    }

    /** A problem at {@code node}'s line and column of {@code source} (none when {@code node} is null). */
    public static SpecProblem problem(String source, Node node, String path, String message) {
        return new Locator(source, true, 0).problem(node, path, message);
    }

    /** {@code unknown key 'x' (did you mean 'y'?)}, or the allowed keys when none is close. */
    public static String unknownKey(String key, Collection<String> allowed) {
        return "unknown key '" + key + "' (" + Suggest.closest(key, allowed).map(s -> "did you mean '" + s + "'?")
                .orElse("allowed: " + Suggest.list(allowed)) + ")";
    }
}
