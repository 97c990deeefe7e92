package org.vfelab.core.checkpoint;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A checkpoint read back from disk: the descriptor the weights were trained with (so a report can say what a
 * trial started from) and the weights by parameter name. The source file is kept only to name it in errors
 * raised long after reading, such as a shape mismatch when the weights are applied.
 *
 * @param specYaml   the resolved descriptor of the trial that wrote the checkpoint
 * @param parameters weights by parameter name, sorted by name and unmodifiable
 * @param source     the file the checkpoint was read from, as the user named it
 */
public record Checkpoint(String specYaml, Map<String, INDArray> parameters, Path source) {

    public Checkpoint {
        Objects.requireNonNull(specYaml, "specYaml");
        Objects.requireNonNull(source, "source");
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }
}
