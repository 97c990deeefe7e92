package org.vfelab.core.checkpoint;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;

import java.util.List;
import java.util.Set;

/**
 * The one rule for which variables of a graph are model weights, shared by saving and loading so the two cannot
 * disagree. Frozen weights are constants, so the variable type alone is not enough; the name scope separates them
 * from helper constants (named under {@code const/}), which are rebuilt with the graph and never saved.
 */
public final class ModelParameters {

    private static final List<String> SCOPES = List.of("video/", "text/", "loss/", "lm/", "resampler/", "xattn/");
    private static final Set<VariableType> TYPES = Set.of(VariableType.VARIABLE, VariableType.CONSTANT);

    private ModelParameters() {
    }

    /**
     * Names of the weights of {@code sd}, sorted: variables and constants under the scopes of the dual encoder
     * ({@code video/}, {@code text/}, {@code loss/}) and of video-to-text ({@code lm/}, {@code resampler/},
     * {@code xattn/}).
     */
    public static List<String> names(SameDiff sd) {
        return sd.variables().stream()
                .filter(v -> TYPES.contains(v.getVariableType()))
                .map(SDVariable::name)
                .filter(name -> SCOPES.stream().anyMatch(name::startsWith))
                .sorted()
                .toList();
    }

    /** How many weights (scalars) {@code sd} has, frozen ones included. */
    public static long count(SameDiff sd) {
        return names(sd).stream().mapToLong(name -> sd.getArrForVarName(name).length()).sum();
    }
}
