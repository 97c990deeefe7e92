package org.vfelab.reports.figures;

/**
 * One point a figure draws, kept as data so tests check what is plotted rather than pixels.
 *
 * @param yError the half-width of the vertical 95 % error bar; NaN draws none (one seed, or not a mean)
 * @param hollow drawn as an unfilled marker: a trial that ran out of memory, or the ring around a Pareto point
 * @param label  what the point is, drawn next to it or in the legend's terms, e.g. {@code mask 75%}
 */
public record PlottedPoint(double x, double y, double yError, boolean hollow, String label) {
}
