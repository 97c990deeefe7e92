package org.vfelab.spec;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Where values came from: a file (with positions), {@code --set} or {@code params} (without). Values taken from
 * the defaults are located in the user's file without a position, since that is where a fix goes.
 *
 * @param source     the name shown to the user
 * @param positioned whether nodes' marks are meaningful lines and columns of {@code source}
 * @param order      where problems without a position are listed: the file's first, then each {@code --set}
 *                   in the order given
 */
record Locator(String source, boolean positioned, int order) {

    void report(Problems problems, Node at, String path, String message) {
        problems.add(problem(at, path, message), order);
    }

    SpecProblem problem(Node at, String path, String message) {
        Mark mark = positioned && at != null ? at.getStartMark() : null;
        return mark == null
                ? new SpecProblem(source, 0, 0, path, message)
                : new SpecProblem(source, mark.getLine() + 1, mark.getColumn() + 1, path, message);
    }
}
