package org.vfelab.reports.figures;

import java.util.Comparator;
import java.util.List;

/**
 * The memory/recall Pareto front: the settings worth choosing, since any point off it is beaten by one that needs no
 * more memory and recalls no worse. A point is on the front when no other point has lower-or-equal x and
 * higher-or-equal y with at least one strict.
 */
final class ParetoFront {

    private ParetoFront() {
    }

    /** The points of {@code points} on the front, by increasing x (memory). */
    static List<PlottedPoint> of(List<PlottedPoint> points) {
        return points.stream()
                .filter(p -> points.stream().noneMatch(q -> dominates(q, p)))
                .sorted(Comparator.comparingDouble(PlottedPoint::x).thenComparingDouble(PlottedPoint::y))
                .toList();
    }

    private static boolean dominates(PlottedPoint q, PlottedPoint p) {
        return q.x() <= p.x() && q.y() >= p.y() && (q.x() < p.x() || q.y() > p.y());
    }
}
