package org.vfelab.reports.figures;

import java.util.List;

/** One named series of a figure, its points in drawing order (a line joins them in this order). */
public record PlottedSeries(String name, List<PlottedPoint> points) {

    public PlottedSeries {
        points = List.copyOf(points);
    }
}
