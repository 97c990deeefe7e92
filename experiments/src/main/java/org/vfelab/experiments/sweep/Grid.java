package org.vfelab.experiments.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands sweep axes into arms: the product of every independent axis and every zip group (whose axes move
 * together), the first axis varying slowest. Each arm is labelled from the template, where {@code {key}} stands
 * for the arm's value of that axis, or by {@code key=value} pairs when there is no template.
 */
final class Grid {

    private Grid() {
    }

    static List<Arm> arms(Map<String, List<String>> axes, List<Map<String, List<String>>> zips, String template) {
        List<List<Map<String, String>>> factors = new ArrayList<>();
        axes.forEach((key, values) -> factors.add(values.stream().map(v -> Map.of(key, v)).toList()));
        for (Map<String, List<String>> group : zips) {
            int size = group.values().iterator().next().size();
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Map<String, String> row = new LinkedHashMap<>();
                int index = i;
                group.forEach((key, values) -> row.put(key, values.get(index)));
                rows.add(row);
            }
            factors.add(rows);
        }
        List<Map<String, String>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (List<Map<String, String>> factor : factors) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> prefix : combinations) {
                for (Map<String, String> choice : factor) {
                    Map<String, String> combined = new LinkedHashMap<>(prefix);
                    combined.putAll(choice);
                    next.add(combined);
                }
            }
            combinations = next;
        }
        return combinations.stream().map(values -> new Arm(label(template, values),
                values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())).toList();
    }

    private static String label(String template, Map<String, String> values) {
        if (template.isEmpty()) {
            return String.join(" ", values.entrySet().stream()
                    .map(e -> e.getKey().substring(e.getKey().lastIndexOf('.') + 1) + "=" + e.getValue()).toList());
        }
        String label = template;
        for (var entry : values.entrySet()) {
            label = label.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return label;
    }
}
