package org.vfelab.reports.figures;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;

/**
 * A continuous colour scale from dark purple through teal to yellow (matplotlib's viridis, sampled at five stops
 * and interpolated in RGB): perceptually ordered, readable in grey and by most colour-blind readers, so a colour
 * ranks a value without a legend lookup. Values outside the bounds take the end colours.
 */
record ViridisScale(double lowerBound, double upperBound) implements PaintScale {

    private static final List<Color> STOPS = List.of(new Color(0x440154), new Color(0x3B528B), new Color(0x21918C),
            new Color(0x5EC962), new Color(0xFDE725));

    ViridisScale {
        if (!(upperBound > lowerBound)) {
            throw new IllegalArgumentException("a colour scale needs lower < upper, got " + lowerBound + ", "
                    + upperBound);
        }
    }

    /** A scale over {@code values} (NaN left out), widened to at least {@code minWidth} around them; [0, 1] if none. */
    static ViridisScale over(List<Double> values, double minWidth) {
        double low = values.stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).min().orElse(0);
        double high = values.stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).max().orElse(1);
        double pad = Math.max(0, minWidth - (high - low)) / 2;
        return new ViridisScale(low - pad, high + pad);
    }

    @Override
    public double getLowerBound() {
        return lowerBound;
    }

    @Override
    public double getUpperBound() {
        return upperBound;
    }

    @Override
    public Paint getPaint(double value) {
        double t = Math.min(1, Math.max(0, (value - lowerBound) / (upperBound - lowerBound)));
        double position = t * (STOPS.size() - 1);
        int stop = Math.min((int) position, STOPS.size() - 2);
        double f = position - stop;
        Color a = STOPS.get(stop);
        Color b = STOPS.get(stop + 1);
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
