package org.vfelab.reports.figures;

/**
 * One method's bars in the B-to-L figure, kept as data so tests check what is plotted; NaN where a size has no
 * finished trial of the method, or no reference to compare with.
 *
 * @param memoryIncreasePercent {@code 100 * (memory at large / memory at base - 1)}, means over seeds
 * @param dropBase              the reference's R@1 minus this method's at the base size, in points (R@1 x 100)
 * @param dropLarge             the same at the large size
 */
public record MethodBar(String method, double memoryIncreasePercent, double dropBase, double dropLarge) {
}
