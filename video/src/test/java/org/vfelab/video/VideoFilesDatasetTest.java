package org.vfelab.video;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.DataFileException;
import org.vfelab.core.data.EvalSet;
import org.vfelab.core.data.VideoTextBatch;
import org.vfelab.spec.ExperimentLoader;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.PluginCatalog;
import org.vfelab.spec.PluginKind;
import org.vfelab.spec.PluginSettings;
import org.vfelab.video.synth.Heading;
import org.vfelab.video.synth.MovingShapeVideo;
import org.vfelab.video.synth.Paint;
import org.vfelab.video.synth.Shape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The video-files dataset over a folder of real files, three of them bad. */
@Tag("integration")
class VideoFilesDatasetTest {
    private static final List<Heading> HEADINGS = List.of(Heading.RIGHT, Heading.LEFT, Heading.UP, Heading.DOWN);

    @TempDir
    Path dir;
    private Path index;

    @BeforeEach
    void folder() throws IOException {
        StringBuilder csv = new StringBuilder("video,caption,split\n");
        for (int i = 0; i < 8; i++) {
            MovingShapeVideo video = new MovingShapeVideo(64, 48, 12 + i, 12, i % 2 == 0 ? Paint.RED : Paint.BLUE,
                    Shape.SQUARE, HEADINGS.get(i % 4));
            video.write(dir.resolve("v" + i + ".mp4"));
            csv.append("v").append(i).append(".mp4,").append(video.caption()).append(',')
                    .append(i < 6 ? "train" : "val").append('\n');
        }
        csv.append("v0.mp4,a red block slides right,train\n");
        TestVideos.randomBytes(dir.resolve("noise.mp4"));
        TestVideos.truncated(dir.resolve("v1.mp4"), dir.resolve("cut.mp4"), 0.6);
        csv.append("noise.mp4,static,train\ncut.mp4,half a video,train\nabsent.mp4,nothing,val\n");
        index = Files.writeString(dir.resolve("captions.csv"), csv);
    }

    @Test
    void badVideosAreSkippedCountedAndListed() {
        VideoFilesDataset data = open();

        assertThat(data.metrics()).containsEntry("skipped_videos", 3.0).containsEntry("decoded_videos", 8.0)
                .containsEntry("cached_videos", 0.0).containsEntry("train_videos", 6.0)
                .containsEntry("eval_videos", 2.0).containsKey("data_load_seconds");
        assertThat(new String(data.artifacts().get(VideoFilesDataset.SKIPPED_ARTIFACT), StandardCharsets.UTF_8))
                .contains(dir.resolve("noise.mp4") + "\tcannot decode: ", dir.resolve("cut.mp4") + "\tcannot decode: ",
                        dir.resolve("absent.mp4") + "\tno such file");
    }

    @Test
    void theSecondLoadReadsEveryClipFromTheCache() throws IOException {
        open();
        VideoFilesDataset again = open();

        assertThat(again.metrics()).containsEntry("decoded_videos", 0.0).containsEntry("cached_videos", 8.0)
                .containsEntry("skipped_videos", 3.0);
        try (var files = Files.list(dir.resolve(".vfe-cache"))) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(8).allMatch(n -> n.endsWith(".clip"));
        }
    }

    @Test
    void anEditedVideoIsDecodedAgain() throws IOException {
        open();
        Files.setLastModifiedTime(dir.resolve("v3.mp4"), FileTime.fromMillis(0));

        assertThat(open().metrics()).containsEntry("decoded_videos", 1.0);
    }

    @Test
    void trainBatchesAreDeterministicDistinctClipsInZeroOne() {
        VideoFilesDataset data = open();
        VideoTextBatch batch = data.trainBatch(4, 3);

        assertThat(batch.videos().shape()).containsExactly(4, 4, 16, 16, 3);
        assertThat(batch.videos().minNumber().doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(batch.videos().maxNumber().doubleValue()).isBetween(0.8, 1.0);
        assertThat(batch.tokens().shape()).containsExactly(4, 8);
        assertThat(batch.captions()).allMatch(c -> c.matches("a (red|blue) (square|block) (moves|slides) [a-z]+"));
        VideoTextBatch same = data.trainBatch(4, 3);
        assertThat(same.videos()).isEqualTo(batch.videos());
        assertThat(same.captions()).isEqualTo(batch.captions());
        assertThat(data.trainBatch(4, 4).videos()).isNotEqualTo(batch.videos());
    }

    @Test
    void aBatchLargerThanTheTrainSplitTakesEveryVideo() {
        INDArray videos = open().trainBatch(12, 0).videos();
        long distinct = IntStream.range(0, 12).mapToObj(i -> Arrays.toString(videos.slice(i).dup().data().asFloat()))
                .distinct().count();

        assertThat(distinct).isEqualTo(6);
    }

    @Test
    void theEvalSetIsEveryValVideoWithItsFirstCaptionAndNoTwins() {
        VideoFilesDataset data = open();
        EvalSet eval = data.evalSet(CaptionFamily.APPEARANCE);

        assertThat(eval.captions()).containsExactly("a red square moves up", "a blue square moves down");
        assertThat(eval.reversalOf()).containsExactly(-1, -1);
        assertThat(eval.videos().shape()).containsExactly(2, 4, 16, 16, 3);
        assertThatThrownBy(() -> data.evalSet(CaptionFamily.TEMPORAL))
                .hasMessageContaining("the captions of video-files are one family, appearance");
    }

    @Test
    void theVocabularyComesFromTheTrainCaptionsAndIsKeptAsAnArtifact() {
        VideoFilesDataset data = open();

        String vocabulary = new String(data.artifacts().get(VideoFilesDataset.VOCABULARY_ARTIFACT),
                StandardCharsets.UTF_8);
        assertThat(vocabulary).startsWith("<pad>\n<bos>\n<eos>\n<unk>\na\nmoves\nsquare\nred\n")
                .doesNotContain("static", "nothing").contains("block\n");
        assertThat(data.vocabulary().size()).isEqualTo(vocabulary.split("\n").length);
    }

    @Test
    void tooFewUsableEvalVideosFailTheLoad() throws IOException {
        Files.delete(dir.resolve("v7.mp4"));

        assertThatThrownBy(this::open).isInstanceOf(DataFileException.class).hasMessage(index
                + ": evaluation needs at least 2 usable val (or, without val, test) videos, got 1 (2 skipped)");
    }

    @Test
    void msrVttIdsFindTheirFilesInTheRootFolder() throws IOException {
        Path json = Files.writeString(dir.resolve("msrvtt.json"), """
                {"videos": [{"video_id": "v0", "split": "train"}, {"video_id": "v6", "split": "validate"},
                            {"video_id": "v7", "split": "validate"}, {"video_id": "v99", "split": "validate"},
                            {"video_id": "v5", "split": "test"}],
                 "sentences": [{"video_id": "v0", "caption": "a red square moves right"},
                               {"video_id": "v6", "caption": "a red square moves up"},
                               {"video_id": "v7", "caption": "a blue square moves down"},
                               {"video_id": "v99", "caption": "a lost video"},
                               {"video_id": "v5", "caption": "a blue square moves left"}]}
                """);
        Path elsewhere = Files.createDirectories(dir.resolve("index"));
        Path moved = Files.move(json, elsewhere.resolve("msrvtt.json"));

        VideoFilesDataset data = open(moved, "data.video.root=" + dir, "data.video.cache=" + dir.resolve("cache"));

        assertThat(data.metrics()).as("val, not test, is evaluated; the test video is not even decoded")
                .containsEntry("train_videos", 1.0).containsEntry("eval_videos", 2.0)
                .containsEntry("skipped_videos", 1.0).containsEntry("decoded_videos", 3.0);
    }

    private VideoFilesDataset open() {
        return open(index);
    }

    private VideoFilesDataset open(Path indexFile, String... overrides) {
        return VideoFilesSource.open(spec(indexFile, overrides));
    }

    private ExperimentSpec spec(Path indexFile, String... overrides) {
        try {
            Path descriptor = Files.writeString(dir.resolve("experiment.yaml"), """
                    data: {type: video-files, frames: 4, size: 16, caption_families: [appearance],
                           video: {index: "%s", vocab_size: 16}}
                    model: {tubelet: [2, 8, 8], text: {max_tokens: 8}}
                    evaluation: {recall_at: [1]}
                    """.formatted(indexFile));
            return new ExperimentLoader(PluginCatalog.unchecked().with(new PluginSettings(PluginKind.DATASET,
                    VideoFilesDataset.TYPE, "video", VideoFilesSettings.DEFAULTS))).load(descriptor, List.of(overrides));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
