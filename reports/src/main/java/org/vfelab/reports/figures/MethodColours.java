package org.vfelab.reports.figures;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * One colour per method name in every figure, so a reader who learnt that "joint" is blue in Fig. 2 finds it blue in
 * the sampling figure too. Known backbones and samplers have fixed, distinct colours; any other name (a combined
 * "joint, tube-mask", a new plugin) hashes into a second palette, which is deterministic across runs.
 */
public final class MethodColours {

    private static final Map<String, Color> KNOWN = Map.ofEntries(
            Map.entry("joint", new Color(0x1F77B4)),
            Map.entry("factorized", new Color(0xFF7F0E)),
            Map.entry("frame-avg", new Color(0x2CA02C)),
            Map.entry("frame-attnpool", new Color(0xD62728)),
            Map.entry("mlp-adapter", new Color(0x9467BD)),
            Map.entry("lora", new Color(0x8C564B)),
            Map.entry("temporal-only", new Color(0xE377C2)),
            Map.entry("random-mask", new Color(0xBCBD22)),
            Map.entry("tube-mask", new Color(0x17BECF)),
            Map.entry("coarse-temporal", new Color(0x393B79)),
            Map.entry("coarse-spatial", new Color(0xAD494A)),
            Map.entry("tubevit", new Color(0x637939)));

    /** ColorBrewer Dark2 and Set1 hues not in {@link #KNOWN}, for names the palette does not know. */
    private static final List<Color> FALLBACK = List.of(new Color(0x1B9E77), new Color(0xD95F02),
            new Color(0x7570B3), new Color(0xE7298A), new Color(0x66A61E), new Color(0xE6AB02),
            new Color(0xA6761D), new Color(0x984EA3), new Color(0xFF33AA), new Color(0x4DAF4A));

    private MethodColours() {
    }

    /** The colour of {@code method}: fixed for known backbones and samplers, hashed from the name otherwise. */
    public static Color of(String method) {
        Color known = KNOWN.get(method);
        return known != null ? known : FALLBACK.get(Math.floorMod(method.hashCode(), FALLBACK.size()));
    }
}
