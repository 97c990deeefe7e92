package org.vfelab.spec;

import java.util.List;

/**
 * A descriptor that cannot be loaded, with every problem found rather than the first, so one edit fixes them
 * all. The message is a header ({@code experiments/x.yaml: 3 problems}) and then one indented line per
 * problem, in file order.
 */
public class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<SpecProblem> problems;

    /**
     * @param source   the descriptor as the user named it, for the header line
     * @param problems at least one problem, in the order to show them
     */
    public SpecException(String source, List<SpecProblem> problems) {
        super(render(source, problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems in the order they are shown. */
    public List<SpecProblem> problems() {
        return problems;
    }

    private static String render(String source, List<SpecProblem> problems) {
        StringBuilder out = new StringBuilder(source).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        problems.forEach(p -> out.append("\n  ").append(p.render()));
        return out.toString();
    }
}
