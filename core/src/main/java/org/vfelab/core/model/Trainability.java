package org.vfelab.core.model;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.vfelab.core.plugin.Backbone;
import org.vfelab.spec.TrainableLayers;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Freezes the parameters that must not train, by turning them into graph constants: SameDiff then computes no
 * gradient for them and the optimizer keeps no state for them, so a frozen weight costs its own bytes and
 * nothing more (backpropagation still runs through it to reach earlier trainable weights, as the paper's
 * finding F3 says). A parameter trains when its backbone allows it and {@code model.trainable_layers} does.
 */
public final class Trainability {

    private static final Pattern VIDEO_LAYER = Pattern.compile("video/block(\\d+)/.*");
    private static final List<String> VIDEO_INPUT = List.of("video/tubelet/", "video/position_");

    private Trainability() {
    }

    /** Converts every frozen parameter of {@code sd} to a constant; returns the names frozen. */
    public static List<String> freeze(SameDiff sd, Backbone backbone, TrainableLayers layers, int depth) {
        return freezeAllBut(sd, name -> trains(name, backbone, layers, depth));
    }

    /** Converts every trainable variable of {@code sd} that {@code trains} rejects to a constant; returns their names. */
    public static List<String> freezeAllBut(SameDiff sd, Predicate<String> trains) {
        List<SDVariable> frozen = sd.variables().stream()
                .filter(v -> v.getVariableType() == VariableType.VARIABLE)
                .filter(v -> !trains.test(v.name()))
                .toList();
        if (!frozen.isEmpty()) {
            sd.convertToConstants(frozen);
        }
        return frozen.stream().map(SDVariable::name).toList();
    }

    /** Whether {@code parameter} trains under {@code backbone} and {@code layers}. */
    public static boolean trains(String parameter, Backbone backbone, TrainableLayers layers, int depth) {
        return backbone.isTrainable(parameter) && layers(parameter, layers, depth);
    }

    private static boolean layers(String parameter, TrainableLayers layers, int depth) {
        if (layers.last() == 0) {
            return true;
        }
        if (VIDEO_INPUT.stream().anyMatch(parameter::startsWith)) {
            return false;
        }
        Matcher layer = VIDEO_LAYER.matcher(parameter);
        return !layer.matches() || layers.trains(Integer.parseInt(layer.group(1)), depth);
    }
}
