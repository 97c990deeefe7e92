package org.vfelab.experiments.sweep;

import org.vfelab.experiments.trial.Composition;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.SpecException;
import org.vfelab.spec.SpecProblem;
import org.vfelab.experiments.trial.CheckpointKeys;
import org.vfelab.experiments.trial.TrialKey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands a sweep file into its trials before anything runs (docs/architecture.md, design rule "frozen sweeps"): every arm, repeated over the seeds,
 * resolved strictly against its base descriptor and keyed by the hash of its resolved spec. Every trial is
 * recorded under the sweep's name (its MLflow experiment), whatever name the base descriptor has. Stages come after
 * the stages they start from, and a stage's reference {@code @id} is resolved to {@code @<parent trial key>}
 * before it is keyed, so a changed parent changes its children's keys and nothing else's. A pure function of the
 * files, so the expansion of each shipped sweep is golden-tested.
 */
public final class SweepPlan {

    private SweepPlan() {
    }

    /**
     * @throws SpecException naming the arm, when an arm's overrides do not load, when two arms resolve to the
     *                       same trial, or when a stage reference names no arm, an arm that keeps no checkpoint, or
     *                       leads back to its own arm
     */
    public static List<PlannedTrial> expand(SweepFile sweep) {
        String source = sweep.source().toString();
        List<SpecProblem> problems = new ArrayList<>();
        List<Long> seeds = sweep.seeds().isEmpty() ? Collections.singletonList(null) : sweep.seeds();
        List<List<ExperimentSpec>> specs = new ArrayList<>();
        for (Arm arm : sweep.arms()) {
            List<ExperimentSpec> armSpecs = new ArrayList<>();
            for (Long seed : seeds) {
                try {
                    armSpecs.add(Composition.current().load(sweep.baseOf(arm), overrides(sweep, arm, seed), null));
                } catch (SpecException e) {
                    e.problems().forEach(p -> problems.add(new SpecProblem(source, 0, 0,
                            "arm '" + arm.label() + "'", p.render())));
                }
            }
            specs.add(armSpecs);
        }
        throwIfAny(source, problems);
        List<Integer> order = new StageGraph(sweep, specs.stream().map(armSpecs -> armSpecs.get(0)).toList())
                .order(problems);
        throwIfAny(source, problems);
        Map<Stage, PlannedTrial> stages = new HashMap<>();
        Map<String, String> labelsByKey = new HashMap<>();
        List<PlannedTrial> trials = new ArrayList<>();
        for (int index : order) {
            Arm arm = sweep.arms().get(index);
            for (int i = 0; i < seeds.size(); i++) {
                Long seed = seeds.get(i);
                PlannedTrial trial = plan(sweep, arm, seed, specs.get(index).get(i), stages);
                String earlier = labelsByKey.putIfAbsent(trial.key(), trial.label());
                if (earlier != null) {
                    problems.add(new SpecProblem(source, 0, 0, "arms",
                            "'" + trial.label() + "' resolves to the same trial as '" + earlier + "'"));
                }
                trials.add(trial);
                arm.id().ifPresent(id -> stages.put(new Stage(id, seed), trial));
            }
        }
        throwIfAny(source, problems);
        return List.copyOf(trials);
    }

    private static List<String> overrides(SweepFile sweep, Arm arm, Long seed) {
        List<String> overrides = new ArrayList<>(List.of("name=" + sweep.name()));
        overrides.addAll(sweep.common());
        overrides.addAll(arm.overrides());
        if (seed != null) {
            overrides.add("seed=" + seed);
        }
        return overrides;
    }

    /** The trial of {@code arm} at {@code seed}, its stage references resolved to the planned parents' keys. */
    private static PlannedTrial plan(SweepFile sweep, Arm arm, Long seed, ExperimentSpec loaded,
                                     Map<Stage, PlannedTrial> stages) {
        List<StageLink> links = new ArrayList<>();
        Map<String, String> parentKeys = new LinkedHashMap<>();
        CheckpointKeys.references(loaded).forEach((key, id) -> {
            PlannedTrial parent = stages.get(new Stage(id, seed));
            links.add(new StageLink(key, id, parent));
            parentKeys.put(key, CheckpointKeys.REFERENCE + parent.key());
        });
        ExperimentSpec spec = parentKeys.isEmpty() ? loaded : Composition.current().withValues(loaded, parentKeys);
        String label = seed != null && sweep.seeds().size() > 1 ? arm.label() + " seed=" + seed : arm.label();
        return new PlannedTrial(label, arm.label(), sweep.baseOf(arm), arm.overrides(), spec, TrialKey.of(spec),
                links);
    }

    private static void throwIfAny(String source, List<SpecProblem> problems) {
        if (!problems.isEmpty()) {
            throw new SpecException(source, problems);
        }
    }

    /** An arm id at a seed (null: the sweep repeats no seeds): where a stage reference leads. */
    private record Stage(String id, Long seed) {
    }
}
