package org.vfelab.tracking;

import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The tag match of {@link Tracker#findRuns} as an MLflow search filter, {@code tags.`vfe.arm` = 'joint' and
 * tags.`vfe.seed` = '1'}: backticks around keys, which have dots, and values in single quotes, as MLflow's "Search
 * Runs" guide writes them. MLflow's parser only trims the quotes off a value ({@code SearchUtils._strip_quotes})
 * and has no escape, so a value with a quote or a backslash cannot be searched for; every store refuses it alike.
 */
final class TagFilter {
    private TagFilter() {
    }

    /** {@code tags} after checking that each key is a valid tag key and each value can be quoted. */
    static Map<String, String> check(Map<String, String> tags) {
        Objects.requireNonNull(tags, "tags");
        tags.forEach((key, value) -> {
            EntityKeys.check("tag", key);
            Objects.requireNonNull(value, key);
            if (value.indexOf('\'') >= 0 || value.indexOf('\\') >= 0) {
                throw new IllegalArgumentException("cannot search for tag " + key + "='" + value + "': MLflow's "
                        + "search filter has no escape for ' or \\ in a value");
            }
        });
        return tags;
    }

    /** The MLflow filter string matching every entry of {@code tags}, keys sorted; empty for no tags. */
    static String mlflowFilter(Map<String, String> tags) {
        StringJoiner filter = new StringJoiner(" and ");
        new TreeMap<>(check(tags)).forEach((key, value) -> filter.add("tags.`" + key + "` = '" + value + "'"));
        return filter.toString();
    }
}
