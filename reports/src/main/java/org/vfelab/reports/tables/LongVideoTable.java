package org.vfelab.reports.tables;

import org.vfelab.reports.results.LongVideoChain;
import org.vfelab.reports.results.LongVideoMeasure;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;
import org.vfelab.reports.stats.SeedMeans;
import org.vfelab.reports.stats.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paper's Table 3 shape: one row per chain model (IMAGE-ViT, SHORT-ViViT, LONG-ViViT), one column per
 * {@link LongVideoMeasure}, each cell the mean ± 95 % CI over seeds of the model's finished trials at that stage, so
 * that long-clip retrieval, captioning quality and what each stage cost in memory sit side by side. The seeds column
 * counts the seeds with any finished trial of the model; a cell over fewer seeds says how many; a cell without a
 * value is {@value #MISSING}.
 */
public final class LongVideoTable {

    /** A cell no finished trial fills. */
    public static final String MISSING = "–";
    private static final int DECIMALS = 3;

    private LongVideoTable() {
    }

    /** The table of {@code results}. */
    public static ReportTable of(ResultsTable results) {
        List<String> header = new ArrayList<>(List.of("model", "seeds"));
        for (LongVideoMeasure measure : LongVideoMeasure.values()) {
            header.add(measure.title());
        }
        List<List<String>> rows = new ArrayList<>();
        for (String model : LongVideoChain.MODELS) {
            int seeds = seeds(results, model);
            List<String> cells = new ArrayList<>(List.of(model, Integer.toString(seeds)));
            for (LongVideoMeasure measure : LongVideoMeasure.values()) {
                cells.add(cell(summary(results, model, measure), seeds));
            }
            rows.add(cells);
        }
        return new ReportTable(header, rows);
    }

    /** One cell's numbers: {@code measure} of {@code model} over seeds (n = 0 when no finished trial has it). */
    public static Summary summary(ResultsTable results, String model, LongVideoMeasure measure) {
        return SeedMeans.summary(measure.trials(results, model), measure::value);
    }

    private static int seeds(ResultsTable results, String model) {
        Set<Long> seeds = new TreeSet<>();
        for (LongVideoChain.Stage stage : LongVideoChain.Stage.values()) {
            LongVideoChain.trials(results, model, stage).stream().filter(TrialResult::finished)
                    .forEach(trial -> seeds.add(trial.seed()));
        }
        return seeds.size();
    }

    private static String cell(Summary summary, int seeds) {
        if (summary.n() == 0) {
            return MISSING;
        }
        return summary.n() < seeds ? summary.render(DECIMALS) + " (" + summary.n() + " of " + seeds + " seeds)"
                : summary.render(DECIMALS);
    }
}
