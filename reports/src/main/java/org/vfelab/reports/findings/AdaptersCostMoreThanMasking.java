package org.vfelab.reports.findings;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.stats.PairedComparison;
import org.vfelab.reports.stats.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.vfelab.reports.findings.Thresholds.RECALL_TOLERANCE;
import static org.vfelab.reports.findings.Thresholds.T2V_R1;

/**
 * F3, parameter-efficient adaptation: read at {@link Presets#forRecall}, comparing mlp-adapter and lora unmasked
 * (random-mask at 0, as the sweeps run them) with joint at its highest mask ratio of at least
 * {@link Thresholds#HIGH_MASK} (0.5), means over seeds. Parts, for each adapter:
 * <ol>
 *   <li>its peak memory is above joint's at high masking (an out-of-memory adapter run counts with the memory it
 *       reached);</li>
 *   <li>its {@code t2v_recall_at_1} is below joint's at high masking by more than
 *       {@link Thresholds#RECALL_TOLERANCE} (0.03);</li>
 * </ol>
 * and, when both have recall, mlp-adapter's recall is at least lora's. Unmasked joint must have
 * {@linkplain Learning learned}: adapters that stay at chance are a result, a baseline that does is not.
 */
final class AdaptersCostMoreThanMasking extends PaperFinding {

    static final String ID = "F3";
    static final String CLAIM = "Adapters and LoRA save less memory than high masking and lose clearly more recall; "
            + "MLP adapters beat LoRA.";
    private static final List<String> ADAPTERS = List.of("mlp-adapter", "lora");

    /** What the paper reports for this finding, with its own numbers where it publishes them. */
    static final String PAPER = "Fig. 2: MLP adapters and LoRA need more memory than joint at 75 % masking and "
            + "lose more recall; MLP adapters beat LoRA (per-point values not published).";

    AdaptersCostMoreThanMasking() {
        super(ID, PAPER);
    }

    @Override
    public Finding check(ResultsTable table) {
        Optional<String> preset = Presets.forRecall(table);
        if (preset.isEmpty()) {
            return Finding.of(ID, CLAIM, "no preset", List.of(Part.missing(Presets.NO_RECALL_RUNS)));
        }
        Optional<Part> unlearned = Learning.unlearned(table, List.of(Setting.unmasked("joint", preset.get())),
                T2V_R1);
        if (unlearned.isPresent()) {
            return Finding.of(ID, CLAIM, "preset " + preset.get(), List.of(unlearned.get()));
        }
        Optional<Setting> masked = highestJoint(table, preset.get());
        if (masked.isEmpty()) {
            return Finding.of(ID, CLAIM, "preset " + preset.get(), List.of(Part.missing("joint (random-mask) at a "
                    + "mask ratio >= " + Format.ratio(Thresholds.HIGH_MASK) + " with " + T2V_R1)));
        }
        List<Part> parts = new ArrayList<>();
        ADAPTERS.forEach(adapter -> parts.addAll(
                againstMasking(table, Setting.unmasked(adapter, preset.get()), masked.get())));
        Setting mlp = Setting.unmasked("mlp-adapter", preset.get());
        Setting lora = Setting.unmasked("lora", preset.get());
        if (mlp.hasRecall(table, T2V_R1) && lora.hasRecall(table, T2V_R1)) {
            Summary mlpRecall = mlp.recall(table, T2V_R1);
            Summary loraRecall = lora.recall(table, T2V_R1);
            parts.add(Part.judged(mlpRecall.mean() >= loraRecall.mean(), "mlp-adapter R@1 "
                    + Format.recall(mlpRecall) + " vs lora " + Format.recall(loraRecall)
                    + " (needs mlp-adapter >= lora)"));
        }
        return Finding.of(ID, CLAIM, "preset " + preset.get() + ", adapters unmasked, joint at mask "
                + Format.ratio(masked.get().maskRatio()), parts);
    }

    @Override
    public List<PairedComparison> comparisons(ResultsTable table) {
        return Presets.forRecall(table).map(preset -> {
            Setting mlp = Setting.unmasked("mlp-adapter", preset);
            Setting lora = Setting.unmasked("lora", preset);
            List<PairedComparison> comparisons = new ArrayList<>();
            highestJoint(table, preset).ifPresent(joint -> {
                comparisons.add(joint.compare(table, mlp, T2V_R1));
                comparisons.add(joint.compare(table, lora, T2V_R1));
            });
            comparisons.add(mlp.compare(table, lora, T2V_R1));
            return comparisons;
        }).orElse(List.of());
    }

    private static Optional<Setting> highestJoint(ResultsTable table, String preset) {
        List<Setting> high = Setting.unmasked("joint", preset).highMasks(table, T2V_R1);
        return high.isEmpty() ? Optional.empty() : Optional.of(high.get(high.size() - 1));
    }

    private static List<Part> againstMasking(ResultsTable table, Setting adapter, Setting joint) {
        String name = adapter.backbone();
        Summary adapterMemory = adapter.memory(table);
        Summary jointMemory = joint.memory(table);
        Part memory = adapterMemory.n() == 0 || jointMemory.n() == 0
                ? Part.missing("the peak memory of " + name + " at mask 0 and of joint at mask "
                        + Format.ratio(joint.maskRatio()))
                : Part.judged(adapterMemory.mean() > jointMemory.mean(), name + " memory "
                        + Format.gigabytes(adapterMemory) + " vs masked joint " + Format.gigabytes(jointMemory)
                        + " (needs more)");
        if (!adapter.hasRecall(table, T2V_R1)) {
            return List.of(memory, Part.missing(name + " at mask 0 with " + T2V_R1));
        }
        Summary adapterRecall = adapter.recall(table, T2V_R1);
        Summary jointRecall = joint.recall(table, T2V_R1);
        double loss = jointRecall.mean() - adapterRecall.mean();
        return List.of(memory, Part.judged(loss > RECALL_TOLERANCE, name + " R@1 " + Format.recall(adapterRecall)
                + " vs masked joint " + Format.recall(jointRecall) + ": loses " + Format.number(loss)
                + " (needs > " + RECALL_TOLERANCE + ")"));
    }
}
