package org.vfelab.reports.tables;

import org.junit.jupiter.api.Test;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.TrialResult;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BackboneTableTest {

    private static TrialResult trial(String arm, long seed, String outcome, double temporal, double appearance) {
        return new TrialResult("r" + arm + seed, "table1", arm, arm, seed, outcome, arm, "random-mask", 0, "tiny",
                "k" + arm + seed, outcome.equals("finished") ? Map.of("temporal/t2v_recall_at_1", temporal,
                "temporal/v2t_recall_at_1", temporal / 2, "appearance/t2v_recall_at_1", appearance,
                "appearance/v2t_recall_at_1", appearance / 2, "peak_memory_megabytes", 160.0) : Map.of());
    }

    @Test
    void oneRowPerArmWithMeansAndIntervalsOverSeeds() {
        ReportTable table = BackboneTable.of(new ResultsTable(List.of(trial("joint", 7, "finished", 0.5, 0.6),
                trial("joint", 8, "finished", 0.6, 0.6), trial("joint", 9, "finished", 0.7, 0.6),
                trial("frame-avg", 7, "finished", 0.2, 0.7), trial("lora", 7, "oom", 0, 0))));

        assertThat(table.header()).containsExactly("arm", "seeds", "appearance T2V R@1", "appearance V2T R@1",
                "temporal T2V R@1", "temporal V2T R@1", "peak memory (MB)");
        // temporal T2V over seeds 0.5, 0.6, 0.7: mean 0.600, half-width t(0.975, 2) * 0.1 / sqrt(3) = 0.248
        assertThat(table.rows().get(0)).containsExactly("joint", "3", "0.600 ± 0.000", "0.300 ± 0.000",
                "0.600 ± 0.248", "0.300 ± 0.124", "160.0 ± 0.0");
        assertThat(table.rows().get(1)).containsExactly("frame-avg", "1", "0.700", "0.350", "0.200", "0.100", "160.0");
        assertThat(table.rows().get(2)).containsExactly("lora", "0 (oom)", "-", "-", "-", "-", "-");
    }

    @Test
    void aFinishedArmThatLoggedNoMemoryHasADashNotNaN() {
        ReportTable table = BackboneTable.of(new ResultsTable(List.of(new TrialResult("r", "long-video",
                "language model", "language model", 7, "finished", "joint", "random-mask", 0, "tiny", "k",
                Map.of("eval_loss", 1.5)))));

        assertThat(table.rows().get(0)).containsExactly("language model", "1", "-");
    }

    @Test
    void markdownAndHtmlEscapeWhatTheyMust() {
        ReportTable table = new ReportTable(List.of("arm", "note"), List.of(List.of("a|b", "<script>")));

        assertThat(table.markdown()).isEqualTo("| arm | note |\n|---|---|\n| a\\|b | <script> |\n");
        assertThat(table.html()).contains("<td>a|b</td><td>&lt;script&gt;</td>").doesNotContain("<script>");
    }
}
