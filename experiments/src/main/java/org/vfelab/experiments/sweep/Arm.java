package org.vfelab.experiments.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One arm of a sweep: a human label (the MLflow run name and the figure legend) and the descriptor overrides that
 * make it, as {@code key=value} in the {@code --set} syntax. An arm that is a stage of a chain (image, then short
 * video, then long video) also has an id, by which a later stage names its checkpoint ({@code model.init_from:
 * "@image"}), and may start from a base descriptor of its own instead of the sweep's.
 *
 * @param id   letters, digits, {@code -} and {@code _}; unique within the sweep
 * @param base the descriptor this arm starts from instead of the sweep's {@code base}
 */
public record Arm(String label, List<String> overrides, Optional<String> id, Optional<Path> base) {

    /** What an arm id may be made of. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    public Arm {
        overrides = List.copyOf(overrides);
        id.ifPresent(text -> {
            if (!ID.matcher(text).matches()) {
                throw new IllegalArgumentException("arm id '" + text + "' is not made of letters, digits, - and _");
            }
        });
    }

    /** An arm of the sweep's base without an id, as a grid makes them. */
    public Arm(String label, List<String> overrides) {
        this(label, overrides, Optional.empty(), Optional.empty());
    }
}
