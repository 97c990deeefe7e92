package org.vfelab.experiments.sweep;

import org.vfelab.core.spec.ExperimentSpec;
import org.vfelab.core.spec.SpecException;
import org.vfelab.core.spec.SpecProblem;
import org.vfelab.experiments.trial.TrialKey;
import org.vfelab.experiments.trial.TrialLauncher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands a sweep file into its trials before anything runs (style rule 7): every arm, repeated over the seeds,
 * resolved strictly against the base descriptor and keyed by the hash of its resolved spec. Every trial is
 * recorded under the sweep's name (its MLflow experiment), whatever name the base descriptor has. A pure function of
 * the files, so the expansion of each shipped sweep is golden-tested.
 */
public final class SweepPlan {

    private SweepPlan() {
    }

    /**
     * @throws SpecException naming the arm, when an arm's overrides do not load, or when two arms resolve to the
     *                       same trial
     */
    public static List<PlannedTrial> expand(SweepFile sweep) {
        List<PlannedTrial> trials = new ArrayList<>();
        List<SpecProblem> problems = new ArrayList<>();
        Map<String, String> labelsByKey = new HashMap<>();
        List<Long> seeds = sweep.seeds().isEmpty() ? Collections.singletonList(null) : sweep.seeds();
        for (Arm arm : sweep.arms()) {
            for (Long seed : seeds) {
                List<String> overrides = new ArrayList<>(List.of("name=" + sweep.name()));
                overrides.addAll(sweep.common());
                overrides.addAll(arm.overrides());
                String label = arm.label();
                if (seed != null) {
                    overrides.add("seed=" + seed);
                    label = sweep.seeds().size() > 1 ? label + " seed=" + seed : label;
                }
                try {
                    ExperimentSpec spec = TrialLauncher.load(sweep.base(), overrides, null);
                    String key = TrialKey.of(spec);
                    String earlier = labelsByKey.putIfAbsent(key, label);
                    if (earlier != null) {
                        problems.add(new SpecProblem(sweep.source().toString(), 0, 0, "arms",
                                "'" + label + "' resolves to the same trial as '" + earlier + "'"));
                    }
                    trials.add(new PlannedTrial(label, arm.label(), arm.overrides(), spec, key));
                } catch (SpecException e) {
                    e.problems().forEach(p -> problems.add(new SpecProblem(sweep.source().toString(), 0, 0,
                            "arm '" + arm.label() + "'", p.render())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SpecException(sweep.source().toString(), problems);
        }
        return List.copyOf(trials);
    }
}
