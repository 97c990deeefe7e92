package org.vfelab.experiments.trial;

import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.SpecParams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The descriptor keys whose value is a checkpoint file to start from. In a sweep file such a value may instead be
 * a stage reference {@code @<id>}: the checkpoint of the trial of arm {@code id} with the same seed, which the sweep
 * runner puts in place once that trial has finished. One list, so the plan, the runner and {@code vfe run} agree on
 * where a reference may stand; a key that the descriptor schema does not have (yet) is simply never found.
 */
public final class CheckpointKeys {

    /** Dotted descriptor keys whose value names a checkpoint file. */
    public static final List<String> PATHS = List.of("model.init_from", "task.language_model");

    /** What a stage reference starts with. */
    public static final String REFERENCE = "@";

    private CheckpointKeys() {
    }

    /** The stage references of {@code spec}: dotted key to the text after {@code @}, in the order of {@link #PATHS}. */
    public static Map<String, String> references(ExperimentSpec spec) {
        Map<String, String> params = SpecParams.flatten(spec);
        Map<String, String> references = new LinkedHashMap<>();
        for (String key : PATHS) {
            String value = params.get(key);
            if (value != null && value.startsWith(REFERENCE)) {
                references.put(key, value.substring(REFERENCE.length()));
            }
        }
        return references;
    }
}
