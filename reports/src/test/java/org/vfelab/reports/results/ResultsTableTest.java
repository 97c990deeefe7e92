package org.vfelab.reports.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultsTableTest {

    @TempDir
    Path dir;

    private static final TrialResult JOINT = new TrialResult("r1", "fig2", "joint mask 0.5", "joint mask 0.5 seed=7",
            7, "finished", "joint", "random-mask", 0.5, "tiny", "k1",
            Map.of("peak_memory_megabytes", 94.3, "temporal/t2v_recall_at_1", 0.68)).withClips(new ClipScale(512, 256));
    private static final TrialResult OOM = new TrialResult("r2", "fig2", "big, \"quoted\"", "big", 8, "oom",
            "frame-avg", "random-mask", 0.0, "vit-l", "k2", Map.of("rss_peak_megabytes", 11406.2));

    @Test
    void theCsvReadsBackAsTheSameTable() throws Exception {
        ResultsTable table = new ResultsTable(List.of(JOINT, OOM));
        Path file = dir.resolve("results.csv");

        table.writeCsv(file);

        assertThat(Files.readAllLines(file).get(0)).isEqualTo("run_id,sweep,arm,label,seed,outcome,backbone,sampler,"
                + "mask_ratio,preset,trial_key,task,events,steps,tokens,eval_clips,stills,peak_memory_megabytes,"
                + "rss_peak_megabytes,temporal/t2v_recall_at_1");
        assertThat(Files.readAllLines(file).get(1)).contains(",k1,contrastive,-1,-1,512,256,false,94.3,");
        assertThat(Files.readAllLines(file).get(2)).startsWith("r2,fig2,\"big, \"\"quoted\"\"\",big,8,oom,")
                .endsWith(",,11406.2,");
        assertThat(ResultsTable.readCsv(file)).isEqualTo(table);
    }

    @Test
    void theStageOfAChainTrialReadsBack() throws Exception {
        TrialResult evaluation = LongVideoRuns.trial("SHORT-ViViT on long clips", 8, "contrastive", 4, 0,
                Map.of("t2v_recall_at_1", 0.31));
        TrialResult captioning = LongVideoRuns.trial("LONG-ViViT video-to-text", 8, "captioning", 4, 100,
                Map.of("rouge_l", 0.52));
        ResultsTable table = new ResultsTable(List.of(evaluation, captioning, JOINT));
        Path file = dir.resolve("results.csv");

        table.writeCsv(file);

        assertThat(Files.readAllLines(file).get(1)).contains(",contrastive,4,0,");
        assertThat(Files.readAllLines(file).get(3)).contains(",k1,contrastive,-1,-1,512,256,false,");
        ResultsTable read = ResultsTable.readCsv(file);
        assertThat(read).isEqualTo(table);
        assertThat(read.rows().get(0).evaluationOnly()).isTrue();
        assertThat(read.rows().get(1).task()).isEqualTo("captioning");
    }

    @Test
    void aFileFromBeforeTheStageColumnsReadsAsContrastiveWithNeitherParamLogged() throws Exception {
        Path file = dir.resolve("old.csv");
        Files.writeString(file, String.join(",", ResultsTable.IDENTITY) + ",peak_memory_megabytes\n"
                + "r1,fig2,joint,joint seed=7,7,finished,joint,random-mask,0.0,tiny,k1,160.0\n");

        TrialResult row = ResultsTable.readCsv(file).rows().get(0);

        assertThat(row).isEqualTo(new TrialResult("r1", "fig2", "joint", "joint seed=7", 7, "finished", "joint",
                "random-mask", 0.0, "tiny", "k1", "contrastive", TrialResult.NOT_LOGGED, TrialResult.NOT_LOGGED,
                ClipScale.UNKNOWN, Map.of(), Map.of("peak_memory_megabytes", 160.0)));
        assertThat(row.evaluationOnly()).isFalse();
    }

    @Test
    void aParamTheTrialsVaryGetsAColumnWithoutCodeThatKnowsIt() throws Exception {
        TrialResult slow = new TrialResult("r1", "lr-sweep", "a", "a", 7, "finished", "joint", "random-mask", 0.0,
                "tiny", "k1", "contrastive", 2, 900, new ClipScale(64, 256),
                Map.of("training.lr", "1.0e-4", "seed", "7", "model.preset", "tiny"), Map.of("t2v_recall_at_1", 0.5));
        TrialResult fast = new TrialResult("r2", "lr-sweep", "b", "b", 7, "finished", "joint", "random-mask", 0.0,
                "tiny", "k2", "contrastive", 2, 900, new ClipScale(64, 256),
                Map.of("training.lr", "1.0e-3", "seed", "7", "model.preset", "tiny"), Map.of("t2v_recall_at_1", 0.6));
        ResultsTable table = new ResultsTable(List.of(slow, fast));
        Path file = dir.resolve("results.csv");

        table.writeCsv(file);

        assertThat(table.varyingParams()).containsExactly("training.lr");
        assertThat(Files.readAllLines(file).get(0)).contains(",stills,param:training.lr,t2v_recall_at_1");
        assertThat(Files.readAllLines(file).get(2)).contains(",false,1.0e-3,0.6");
        assertThat(ResultsTable.readCsv(file).rows()).extracting(row -> row.params().get("training.lr"))
                .containsExactly("1.0e-4", "1.0e-3");
    }

    @Test
    void aFileWithStageButNoScaleColumnsReadsWithTheScaleUnknown() throws Exception {
        Path file = dir.resolve("stage-only.csv");
        Files.writeString(file, String.join(",", ResultsTable.IDENTITY) + ",task,events,steps,t2v_recall_at_1\n"
                + "r1,fig2,joint,joint seed=7,7,finished,joint,random-mask,0.0,tiny,k1,contrastive,2,900,0.61\n");

        TrialResult row = ResultsTable.readCsv(file).rows().get(0);

        assertThat(row.clips()).isEqualTo(ClipScale.UNKNOWN);
        assertThat(row.steps()).isEqualTo(900);
        assertThat(row.metrics()).containsExactly(Map.entry("t2v_recall_at_1", 0.61));
    }

    @Test
    void memoryIsTheTensorPeakOrForAnOomTheLargerRss() {
        assertThat(JOINT.memoryGigabytes().getAsDouble()).isEqualTo(94.3 / 1024);
        assertThat(OOM.memoryGigabytes().getAsDouble()).isEqualTo(11406.2 / 1024);
        assertThat(OOM.metric("temporal/t2v_recall_at_1")).isEmpty();
    }

    @Test
    void aMalformedRowNamesItsLine() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, String.join(",", ResultsTable.IDENTITY) + ",loss\nr1,s,a,l,seven,finished,j,r,0,t,k,1\n");

        assertThatThrownBy(() -> ResultsTable.readCsv(file)).hasMessageContaining("bad.csv:2: not a number");
    }
}
