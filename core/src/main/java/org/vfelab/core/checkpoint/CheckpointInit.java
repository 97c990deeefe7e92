package org.vfelab.core.checkpoint;

import org.vfelab.spec.KernelInflation;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Starts a freshly built model from a checkpoint ({@code model.init_from}). Matching is by parameter name, so the
 * same code serves resuming, image-to-video transfer (the tubelet kernel is inflated), longer or shorter clips
 * than the checkpoint's (the space-time position table is resampled along time) and a factorized model that
 * initialises its new temporal blocks from the spatial ones it has in common with a joint model (inheritance).
 * Everything is checked before anything is assigned, so a refused checkpoint leaves the graph as it was built.
 */
public final class CheckpointInit {

    private static final String TUBELET_KERNEL = "video/tubelet/weight";
    private static final String POSITION_TABLE = "video/position_table";

    private CheckpointInit() {
    }

    /**
     * @param positions    how the position table follows a change in the number of time slots
     * @param inheritsFrom for a parameter the checkpoint lacks, the checkpoint parameter to copy instead, if any
     * @throws CheckpointException listing every parameter whose shape differs, when any does (tubelet kernel
     *                             inflation and position table resampling aside), or naming a position table that
     *                             the chosen interpolation cannot resample; nothing is assigned then
     */
    public static InitReport apply(Checkpoint ckpt, SameDiff graph, KernelInflation inflation,
                                   PositionResampling positions, Function<String, Optional<String>> inheritsFrom) {
        Map<String, INDArray> saved = ckpt.parameters();
        List<String> copied = new ArrayList<>();
        List<String> inflated = new ArrayList<>();
        Map<String, INDArray> interpolated = new TreeMap<>();
        Map<String, String> inherited = new TreeMap<>();
        List<String> fresh = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String name : ModelParameters.names(graph)) {
            long[] shape = graph.getArrForVarName(name).shape();
            INDArray value = saved.get(name);
            if (value != null) {
                used.add(name);
                if (Arrays.equals(value.shape(), shape)) {
                    copied.add(name);
                } else if (inflatable(name, value.shape(), shape)) {
                    inflated.add(name);
                } else if (name.equals(POSITION_TABLE) && positions.applies(value.shape(), shape)) {
                    interpolated.put(name, resampled(ckpt, name, value, shape, positions));
                } else {
                    mismatches.add("parameter " + name + " has shape " + Arrays.toString(value.shape())
                            + " in the checkpoint but " + Arrays.toString(shape) + " in this model");
                }
            } else {
                Optional<String> from = inheritsFrom.apply(name)
                        .filter(s -> saved.containsKey(s) && tileable(saved.get(s).shape(), shape));
                from.ifPresentOrElse(s -> inherited.put(name, s), () -> fresh.add(name));
                from.ifPresent(used::add);
            }
        }
        rejectIfAny(ckpt, mismatches);
        copied.forEach(name -> graph.getArrForVarName(name).assign(saved.get(name)));
        interpolated.forEach((name, value) -> graph.getArrForVarName(name).assign(value));
        inherited.forEach((name, from) -> graph.getArrForVarName(name).assign(tiled(saved.get(from),
                graph.getArrForVarName(name).shape())));
        for (String name : inflated) {
            INDArray target = graph.getArrForVarName(name);
            INDArray kernel = saved.get(name);
            target.assign(KernelInflater.inflate(inflation, kernel, (int) (target.rows() / kernel.rows())));
        }
        List<String> unused = saved.keySet().stream().filter(name -> !used.contains(name)).toList();
        return new InitReport(copied, inflated, List.copyOf(interpolated.keySet()), inherited, fresh, unused);
    }

    private static INDArray resampled(Checkpoint ckpt, String name, INDArray value, long[] shape,
                                      PositionResampling positions) {
        try {
            return positions.resample(value, shape);
        } catch (IllegalArgumentException refused) {
            throw new CheckpointException(ckpt.source() + ": parameter " + name + " has shape "
                    + Arrays.toString(value.shape()) + " in the checkpoint but " + Arrays.toString(shape)
                    + " in this model, and " + refused.getMessage());
        }
    }

    /**
     * An inherited parameter has the target's shape, or the target repeats it over whole blocks of rows: a
     * video model's {@code [slots * S, D]} position table starts as the image model's {@code [S, D]} spatial
     * table in every time slot.
     */
    private static boolean tileable(long[] from, long[] to) {
        return Arrays.equals(from, to) || from.length == 2 && to.length == 2 && from[1] == to[1] && from[0] > 0
                && to[0] % from[0] == 0;
    }

    private static INDArray tiled(INDArray source, long[] shape) {
        if (Arrays.equals(source.shape(), shape)) {
            return source;
        }
        int copies = (int) (shape[0] / source.size(0));
        return Nd4j.concat(0, Collections.nCopies(copies, source).toArray(INDArray[]::new));
    }

    /** Only the tubelet kernel may grow, by whole frame blocks of the checkpoint's rows. */
    private static boolean inflatable(String name, long[] from, long[] to) {
        return name.equals(TUBELET_KERNEL) && from.length == 2 && to.length == 2 && from[1] == to[1]
                && from[0] > 0 && to[0] > from[0] && to[0] % from[0] == 0;
    }

    private static void rejectIfAny(Checkpoint ckpt, List<String> mismatches) {
        String hint = " (a different model.preset?)";
        if (mismatches.size() == 1) {
            throw new CheckpointException(ckpt.source() + ": " + mismatches.get(0) + hint);
        }
        if (!mismatches.isEmpty()) {
            throw new CheckpointException(ckpt.source() + ": " + mismatches.size()
                    + " parameters do not fit this model" + hint + "\n  " + String.join("\n  ", mismatches));
        }
    }
}
