package org.vfelab.reports.stats;

import org.vfelab.reports.results.TrialResult;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One value per seed, so that a configuration that ran twice under one seed (two sweeps sharing an arm, such as
 * fig2's joint mask 0 and fig4's random mask 0) counts once in a mean over seeds and pairs once in a paired test.
 */
public final class SeedMeans {

    private SeedMeans() {
    }

    /** Seed to the mean of {@code value} over that seed's trials; trials without a value are left out. */
    public static SortedMap<Long, Double> of(Collection<TrialResult> trials,
                                             Function<TrialResult, OptionalDouble> value) {
        Map<Long, List<Double>> bySeed = new TreeMap<>();
        for (TrialResult trial : trials) {
            value.apply(trial).ifPresent(v -> bySeed.computeIfAbsent(trial.seed(), s -> new ArrayList<>()).add(v));
        }
        SortedMap<Long, Double> means = new TreeMap<>();
        bySeed.forEach((seed, values) -> means.put(seed,
                values.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        return means;
    }

    /** The {@link Summary} over seeds of {@code value}, each seed counted once. */
    public static Summary summary(Collection<TrialResult> trials, Function<TrialResult, OptionalDouble> value) {
        return Summary.of(of(trials, value).values());
    }
}
