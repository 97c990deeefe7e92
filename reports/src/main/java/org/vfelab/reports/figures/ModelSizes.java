package org.vfelab.reports.figures;

import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;

import java.util.List;

/**
 * The two presets of a B-to-L table, ordered by model size rather than by where they appear, so base and large
 * cannot be swapped by a sweep that ran the large model first.
 */
record ModelSizes(String base, String large) {

    static ModelSizes of(ResultsTable table) {
        List<String> found = table.rows().stream().map(TrialResult::preset).distinct().sorted().toList();
        if (found.size() != 2 || !BaseToLargeFigure.PRESET_ORDER.containsAll(found)) {
            throw new IllegalArgumentException("a B-to-L figure needs rows at exactly two presets of "
                    + BaseToLargeFigure.PRESET_ORDER + "; found " + found);
        }
        boolean inOrder = BaseToLargeFigure.PRESET_ORDER.indexOf(found.get(0))
                < BaseToLargeFigure.PRESET_ORDER.indexOf(found.get(1));
        return inOrder ? new ModelSizes(found.get(0), found.get(1)) : new ModelSizes(found.get(1), found.get(0));
    }
}
