package org.vfelab.reports.figures;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;

import java.util.Locale;

/**
 * The legend name of a trial's method within one figure: a figure names a method by what varies in its table, so an
 * encoder ablation (one sampler) says "joint", a sampling ablation (one backbone) says "tube-mask", and a table that
 * varies both says "joint, tube-mask". Colours are keyed by these names, so one name means one colour everywhere.
 *
 * @param naming what a name is made of, decided once for the whole table
 */
public record MethodNames(Naming naming) {

    /** What a method name is made of. */
    public enum Naming { BACKBONE, SAMPLER, BACKBONE_AND_SAMPLER }

    private static final String RANDOM_MASK = "random-mask";

    /** The naming of {@code table}: backbone if all rows share a sampler, else the sampler if all share a backbone. */
    public static MethodNames of(ResultsTable table) {
        if (table.rows().stream().map(TrialResult::sampler).distinct().count() <= 1) {
            return new MethodNames(Naming.BACKBONE);
        }
        if (table.rows().stream().map(TrialResult::backbone).distinct().count() <= 1) {
            return new MethodNames(Naming.SAMPLER);
        }
        return new MethodNames(Naming.BACKBONE_AND_SAMPLER);
    }

    /** The method name of {@code row}. */
    public String name(TrialResult row) {
        return switch (naming) {
            case BACKBONE -> row.backbone();
            case SAMPLER -> row.sampler();
            case BACKBONE_AND_SAMPLER -> row.backbone() + ", " + row.sampler();
        };
    }

    /**
     * The method name in the B-to-L figure, where encoders and samplers share one axis: the sampler when it is not
     * plain random masking (TubeViT, coarse sampling are methods in their own right), else the backbone; then
     * " masked 75%" when tokens are masked, e.g. {@code joint masked 75%}.
     */
    public static String baseToLarge(TrialResult row) {
        String method = row.sampler().equals(RANDOM_MASK) ? row.backbone() : row.sampler();
        return row.maskRatio() > 0 ? method + " masked " + percent(row.maskRatio()) : method;
    }

    /** A mask ratio as a percentage without needless digits: 0.75 is {@code 75%}, 0.875 is {@code 87.5%}. */
    static String percent(double ratio) {
        double percent = ratio * 100;
        return percent == Math.rint(percent) ? String.format(Locale.ROOT, "%.0f%%", percent)
                : String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
