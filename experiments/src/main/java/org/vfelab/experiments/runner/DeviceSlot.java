package org.vfelab.experiments.runner;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where one trial runs: the CPU (all its cores) or one CUDA GPU, handed to the trial's JVM as
 * {@code CUDA_VISIBLE_DEVICES} so that it sees that GPU alone, as device 0. Serializable: a Spark task carries the
 * slot the driver dealt it to its executor.
 *
 * @param gpu the GPU index, or -1 for the CPU
 */
public record DeviceSlot(int gpu) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The CPU slot. */
    public static final DeviceSlot CPU = new DeviceSlot(-1);

    public DeviceSlot {
        if (gpu < -1) {
            throw new IllegalArgumentException("GPU index must be >= 0, got " + gpu);
        }
    }

    /**
     * Parses {@code --devices}: {@code cpu}, or GPU indices such as {@code 0,1,2,3}.
     *
     * @throws IllegalArgumentException naming the part that is neither
     */
    public static List<DeviceSlot> parse(String devices) {
        if (devices.trim().equalsIgnoreCase("cpu")) {
            return List.of(CPU);
        }
        List<DeviceSlot> slots = new ArrayList<>();
        for (String part : devices.split(",")) {
            String index = part.trim();
            if (!index.matches("\\d{1,3}")) {
                throw new IllegalArgumentException("--devices: '" + index + "' is not a GPU index; give 'cpu' or "
                        + "GPU indices such as 0,1,2,3");
            }
            DeviceSlot slot = new DeviceSlot(Integer.parseInt(index));
            if (slots.contains(slot)) {
                throw new IllegalArgumentException("--devices: GPU " + index + " is listed twice");
            }
            slots.add(slot);
        }
        return List.copyOf(slots);
    }

    public boolean isGpu() {
        return gpu >= 0;
    }

    /** The {@code vfe.device} tag: {@code cpu} or {@code cuda:2}. */
    public String tag() {
        return isGpu() ? "cuda:" + gpu : "cpu";
    }

    /** Slots in words: {@code cpu}, {@code 2 x cpu} or {@code cuda:0, cuda:1}. */
    public static String describe(List<DeviceSlot> slots) {
        return slots.stream().distinct().count() == 1 && slots.size() > 1 ? slots.size() + " x " + slots.get(0).tag()
                : String.join(", ", slots.stream().map(DeviceSlot::tag).toList());
    }

    /** Environment variables of a trial JVM on this slot. */
    public Map<String, String> environment() {
        return isGpu() ? Map.of("CUDA_VISIBLE_DEVICES", Integer.toString(gpu)) : Map.of();
    }
}
