package org.vfelab.tracking;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a FileStore metric file as MLflow's {@code _get_metric_from_line} does: each line is
 * {@code "timestamp value step"}, or {@code "timestamp value"} (step 0) from MLflow before steps existed; any other
 * shape is an error naming the file and line, since a silently dropped value would skew a results table.
 */
final class MetricLines {
    private MetricLines() {
    }

    static List<MetricPoint> parse(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TrackingException("cannot read metric file " + file + ": " + e, e);
        }
        List<MetricPoint> points = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).strip().split(" ");
            try {
                if (parts.length != 2 && parts.length != 3) {
                    throw new NumberFormatException(parts.length + " fields, expected 2 or 3");
                }
                long step = parts.length == 3 ? Long.parseLong(parts[2]) : 0;
                points.add(new MetricPoint(Long.parseLong(parts[0]), PythonFloats.parse(parts[1]), step));
            } catch (NumberFormatException e) {
                throw new TrackingException("malformed metric line " + (i + 1) + " of " + file + ": '"
                        + lines.get(i) + "' (" + e.getMessage() + ")", e);
            }
        }
        return points;
    }
}
