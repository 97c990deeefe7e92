package org.vfelab.reports.tables;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.LongVideoRuns;
import org.vfelab.reports.results.ResultsTable;

import static org.assertj.core.api.Assertions.assertThat;

class LongVideoTableTest {

    /** Long-clip T2V R@1 per model (IMAGE-ViT, SHORT-ViViT, LONG-ViViT) over seeds 7, 8, 9. */
    static final double[][] T2V = {{0.20, 0.22, 0.24}, {0.30, 0.32, 0.34}, {0.50, 0.55, 0.60}};
    /** Rouge-L per model over seeds 7, 8, 9. */
    static final double[][] ROUGE_L = {{0.30, 0.31, 0.32}, {0.40, 0.42, 0.41}, {0.50, 0.53, 0.52}};

    @Test
    void oneRowPerModelWithMeansAndIntervalsOverThreeSeeds() {
        ReportTable table = LongVideoTable.of(LongVideoRuns.chain(T2V, ROUGE_L));

        assertThat(table.header()).containsExactly("model", "seeds", "long-clip T2V R@1", "long-clip V2T R@1",
                "Rouge-L", "CIDEr", "contrastive peak memory (GB)", "video-to-text peak memory (GB)");
        // Three seeds: half-width t(0.975, 2) * sd / sqrt(3) = 4.302653 * sd / 1.732051. IMAGE-ViT T2V 0.20, 0.22,
        // 0.24 (from "IMAGE-ViT on long clips", not the 0.9 its pre-training logs on short clips): 0.220, sd 0.02,
        // +- 0.050; V2T 0.02 lower; Rouge-L 0.30-0.32: 0.310 +- 0.025; CIDEr twice that; memory 512 MB = 0.5 GB
        // contrastive, 1536 MB = 1.5 GB video-to-text, the same on every seed.
        assertThat(table.rows().get(0)).containsExactly("IMAGE-ViT", "3", "0.220 ± 0.050", "0.200 ± 0.050",
                "0.310 ± 0.025", "0.620 ± 0.050", "0.500 ± 0.000", "1.500 ± 0.000");
        assertThat(table.rows().get(1)).containsExactly("SHORT-ViViT", "3", "0.320 ± 0.050", "0.300 ± 0.050",
                "0.410 ± 0.025", "0.820 ± 0.050", "1.000 ± 0.000", "2.000 ± 0.000");
        // LONG-ViViT's long-clip recall is its own trial's (4 events): 0.50, 0.55, 0.60 = 0.550, sd 0.05, +- 0.124;
        // Rouge-L 0.50, 0.53, 0.52 = 0.5167, sd 0.01528, +- 0.038.
        assertThat(table.rows().get(2)).containsExactly("LONG-ViViT", "3", "0.550 ± 0.124", "0.530 ± 0.124",
                "0.517 ± 0.038", "1.033 ± 0.076", "0.750 ± 0.000", "2.250 ± 0.000");
    }

    @Test
    void aStageThatDidNotRunIsADashAndACellOverFewerSeedsSaysSo() {
        ResultsTable results = LongVideoRuns.without(LongVideoRuns.without(LongVideoRuns.chain(T2V, ROUGE_L),
                "SHORT-ViViT video-to-text"), "LONG-ViViT video-to-text seed=9");

        ReportTable table = LongVideoTable.of(results);

        assertThat(table.rows().get(1)).containsExactly("SHORT-ViViT", "3", "0.320 ± 0.050", "0.300 ± 0.050",
                "–", "–", "1.000 ± 0.000", "–");
        // Rouge-L of seeds 7 and 8: 0.515, sd 0.02121, t(0.975, 1) = 12.7062: +- 0.191.
        assertThat(table.rows().get(2).get(4)).isEqualTo("0.515 ± 0.191 (2 of 3 seeds)");
        assertThat(table.markdown()).contains("| SHORT-ViViT | 3 | 0.320 ± 0.050 | 0.300 ± 0.050 | – | – |");
        assertThat(table.html()).contains("<td>SHORT-ViViT</td><td>3</td>");
    }

    @Test
    void failedTrialsFillNoCellAndAModelThatNeverFinishedHasNoSeeds() {
        ResultsTable results = LongVideoRuns.failed(LongVideoRuns.without(LongVideoRuns.without(
                LongVideoRuns.chain(T2V, ROUGE_L), "IMAGE-ViT on long clips"), "IMAGE-ViT video-to-text"),
                "IMAGE-ViT pre-training", "oom");

        assertThat(LongVideoTable.of(results).rows().get(0))
                .containsExactly("IMAGE-ViT", "0", "–", "–", "–", "–", "–", "–");
    }
}
