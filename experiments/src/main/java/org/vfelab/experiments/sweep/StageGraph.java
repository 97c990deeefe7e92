package org.vfelab.experiments.sweep;

import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.SpecProblem;
import org.vfelab.experiments.trial.CheckpointKeys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The arms of a sweep as stages of chains: an arm starts from the checkpoint of every arm it references with
 * {@code @id} in a checkpoint key ({@link CheckpointKeys}). The references are checked (each names an arm of the
 * sweep, that arm logs its checkpoint, and no arm comes back to itself through them) and the arms are put in an
 * order where each comes after the arms it starts from, and otherwise keeps its place in the file.
 */
final class StageGraph {

    private final SweepFile sweep;
    private final List<ExperimentSpec> specs;
    private final Map<String, Integer> armsById = new HashMap<>();

    /** @param specs a resolved spec of each arm of {@code sweep}, in the file's order */
    StageGraph(SweepFile sweep, List<ExperimentSpec> specs) {
        this.sweep = sweep;
        this.specs = List.copyOf(specs);
        for (int i = 0; i < sweep.arms().size(); i++) {
            int index = i;
            sweep.arms().get(i).id().ifPresent(id -> armsById.put(id, index));
        }
    }

    /** The arms' indices, parents first; a reference that cannot stand adds a problem and orders nothing. */
    List<Integer> order(List<SpecProblem> problems) {
        List<Set<Integer>> parents = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            parents.add(parentsOf(i, problems));
        }
        List<Integer> order = new ArrayList<>();
        while (order.size() < specs.size()) {
            int next = -1;
            for (int i = 0; i < specs.size() && next < 0; i++) {
                next = !order.contains(i) && order.containsAll(parents.get(i)) ? i : -1;
            }
            if (next < 0) {
                problems.add(cycle(parents, order));
                return List.of();
            }
            order.add(next);
        }
        return order;
    }

    private Set<Integer> parentsOf(int arm, List<SpecProblem> problems) {
        Set<Integer> parents = new LinkedHashSet<>();
        CheckpointKeys.references(specs.get(arm)).forEach((key, id) -> {
            Integer parent = armsById.get(id);
            if (parent == null) {
                problems.add(problem(arm, key, "'@" + id + "' names no arm of this sweep (" + (armsById.isEmpty()
                        ? "no arm has an id" : "ids: " + String.join(", ", armsById.keySet().stream().sorted()
                        .toList())) + ")"));
            } else if (!specs.get(parent).tracking().logCheckpoint()) {
                problems.add(problem(arm, key, "'@" + id + "' names arm '" + sweep.arms().get(parent).label()
                        + "', whose tracking.log_checkpoint is false, so it leaves no checkpoint to start from"));
            } else {
                parents.add(parent);
            }
        });
        return parents;
    }

    /** The cycle among the arms not yet ordered (each of which waits on another of them), as a problem. */
    private SpecProblem cycle(List<Set<Integer>> parents, List<Integer> ordered) {
        List<Integer> walk = new ArrayList<>();
        int arm = IntStream.range(0, specs.size()).filter(i -> !ordered.contains(i)).findFirst().orElseThrow();
        while (!walk.contains(arm)) {
            walk.add(arm);
            arm = parents.get(arm).stream().filter(parent -> !ordered.contains(parent)).findFirst().orElseThrow();
        }
        List<Integer> loop = walk.subList(walk.indexOf(arm), walk.size());
        StringBuilder path = new StringBuilder(idOf(loop.get(0)));
        for (int i = 1; i <= loop.size(); i++) {
            path.append(i == 1 ? " starts from " : ", which starts from ").append(idOf(loop.get(i % loop.size())));
        }
        String next = idOf(loop.get(1 % loop.size()));
        String key = CheckpointKeys.references(specs.get(loop.get(0))).entrySet().stream()
                .filter(reference -> reference.getValue().equals(next)).findFirst().orElseThrow().getKey();
        return problem(loop.get(0), key, "'@" + next + "' makes a cycle of stages: " + path);
    }

    private String idOf(int arm) {
        return sweep.arms().get(arm).id().orElseThrow();
    }

    private SpecProblem problem(int arm, String key, String message) {
        return new SpecProblem(sweep.source().toString(), 0, 0, "arm '" + sweep.arms().get(arm).label() + "'",
                key + ": " + message);
    }
}
