package org.vfelab.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of one load so they can be reported together, in file order. */
final class Problems {
    private static final Comparator<Found> FILE_ORDER = Comparator
            .comparingInt((Found f) -> f.problem.line() == 0 ? Integer.MAX_VALUE : f.problem.line())
            .thenComparingInt(f -> f.problem.column())
            .thenComparingInt(Found::order);

    private record Found(SpecProblem problem, int order) {
    }

    private final List<Found> found = new ArrayList<>();

    /** @param order the rank of a problem without a position, see {@link Locator#order()} */
    void add(SpecProblem problem, int order) {
        found.add(new Found(problem, order));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws when anything was found: positioned problems by line and column, then the rest by order. */
    void throwIfAny(String source) {
        if (!found.isEmpty()) {
            throw new SpecException(source, found.stream().sorted(FILE_ORDER).map(Found::problem).toList());
        }
    }

    static SpecException single(String source, int line, int column, String message) {
        return new SpecException(source, List.of(new SpecProblem(source, line, column, "", message)));
    }
}
