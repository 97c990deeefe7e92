package org.vfelab.spec;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A spec as MLflow run parameters: one dotted key per descriptor leaf, so runs can be filtered and compared by
 * any setting, and {@link ExperimentLoader#fromParams} can rebuild the exact spec from a logged run.
 */
public final class SpecParams {
    private SpecParams() {
    }

    /**
     * Every leaf of the descriptor, e.g. {@code model.backbone.type -> joint},
     * {@code model.tubelet -> [2, 8, 8]}, {@code training.lr -> 0.001}; text values verbatim, numbers in a
     * form that parses back to the same double.
     */
    public static SortedMap<String, String> flatten(ExperimentSpec spec) {
        SortedMap<String, String> params = new TreeMap<>();
        SpecValues.of(spec).forEach((key, value) -> params.put(key, SpecValues.render(value)));
        return params;
    }
}
