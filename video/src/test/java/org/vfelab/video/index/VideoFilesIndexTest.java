package org.vfelab.video.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfelab.core.data.DataFileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Caption indexes in CSV and MSR-VTT JSON; every bad row fails the load with its file and line. */
class VideoFilesIndexTest {
    @TempDir
    Path dir;

    @Test
    void csvRowsBecomeVideosWithAllTheirCaptions() throws IOException {
        CaptionIndex index = CaptionIndex.read(write("captions.csv", """
                video,caption,split
                a.mp4,a dog runs,train
                a.mp4,"a dog, running",train

                b.webm,"she said ""hi""\",val
                c.avi,a cat sleeps,
                d.mp4,two birds,Test
                """));

        assertThat(index.videos()).containsExactly(
                new IndexedVideo("a.mp4", Split.TRAIN, List.of("a dog runs", "a dog, running"), 2),
                new IndexedVideo("b.webm", Split.VAL, List.of("she said \"hi\""), 5),
                new IndexedVideo("c.avi", Split.TRAIN, List.of("a cat sleeps"), 6),
                new IndexedVideo("d.mp4", Split.TEST, List.of("two birds"), 7));
        assertThat(index.split(Split.TRAIN)).extracting(IndexedVideo::video).containsExactly("a.mp4", "c.avi");
    }

    @Test
    void csvWithoutASplitColumnIsAllTrainAndColumnsMayComeInAnyOrder() throws IOException {
        CaptionIndex index = CaptionIndex.read(write("captions.csv", "\uFEFFCaption,Video\r\na dog,a.mp4\r\n"));

        assertThat(index.videos()).containsExactly(new IndexedVideo("a.mp4", Split.TRAIN, List.of("a dog"), 2));
    }

    @Test
    void badCsvRowsNameTheFileAndLine() throws IOException {
        String header = "video,caption,split\n";
        assertBad("x.csv", header + "a.mp4,a dog,train\nb.mp4,a cat\n",
                ":3: expected 3 columns (video,caption,split), got 2");
        assertBad("x.csv", header + "a.mp4,a dog,train,extra\n", ":2: expected 3 columns (video,caption,split), got 4");
        assertBad("x.csv", header + "a.mp4, ,train\n", ":2: empty caption for video 'a.mp4'");
        assertBad("x.csv", header + ",a dog,train\n", ":2: empty video path");
        assertBad("x.csv", header + "a.mp4,a dog,dev\n", ":2: unknown split 'dev' (known: train, val (or valid, "
                + "validate, validation), test, or empty for train)");
        assertBad("x.csv", header + "a.mp4,\"a dog\n", ":2: unterminated quote (a caption cannot span lines)");
        assertBad("x.csv", header + "a.mp4,\"a dog\"s,train\n", ":2: text after the closing quote of field 2");
        assertBad("x.csv", header + "a.mp4,a dog,train\na.mp4,a cat,val\n",
                ":3: video 'a.mp4' is in split val here but in split train at line 2");
        assertBad("x.csv", "file,text\na.mp4,a dog\n",
                ":1: expected a header 'video,caption[,split]', got 'file,text'");
        assertBad("x.csv", "video,video\n", ":1: expected a header 'video,caption[,split]', got 'video,video'");
        assertBad("x.csv", "\n\n", ": empty caption index: expected a header 'video,caption[,split]'");
    }

    @Test
    void aMissingIndexIsNamed() {
        Path absent = dir.resolve("absent.csv");
        assertThatThrownBy(() -> CaptionIndex.read(absent)).isInstanceOf(DataFileException.class)
                .hasMessage(absent + ": no such caption index (data.video.index)");
    }

    @Test
    void msrVttJsonGivesVideosTheirSplitAndSentences() throws IOException {
        CaptionIndex index = CaptionIndex.read(write("train_val_videodatainfo.json", """
                {"info": {"year": 2016},
                 "videos": [
                   {"category": 9, "url": "https://www.youtube.com/watch?v=x", "video_id": "video0",
                    "start time": 137.72, "end time": 149.44, "split": "train", "id": 0},
                   {"video_id": "video1", "split": "validate", "id": 1},
                   {"video_id": "video2"}
                 ],
                 "sentences": [
                   {"caption": "a car is shown", "video_id": "video0", "sen_id": 0},
                   {"caption": "a man talks", "video_id": "video1", "sen_id": 1},
                   {"caption": "a red car drives", "video_id": "video0", "sen_id": 2}
                 ]}
                """));

        assertThat(index.videos()).containsExactly(
                new IndexedVideo("video0", Split.TRAIN, List.of("a car is shown", "a red car drives"), 3),
                new IndexedVideo("video1", Split.VAL, List.of("a man talks"), 5));
    }

    @Test
    void badJsonEntriesNameTheFileAndLine() throws IOException {
        assertBad("x.json", "{\"videos\": [{\"video_id\": \"v0\"}],\n \"sentences\": [\n  {\"caption\": \"a\"}]}",
                ":3: missing or empty 'video_id'");
        assertBad("x.json", "{\"videos\": [{\"video_id\": \"v0\"}],\n \"sentences\": [\n  {\"video_id\": \"v0\"}]}",
                ":3: missing or empty 'caption'");
        assertBad("x.json", "{\"videos\": [{\"video_id\": \"v0\"}],\n \"sentences\": [\n"
                + "  {\"video_id\": \"v9\", \"caption\": \"a\"}]}",
                ":3: caption of video 'v9', which 'videos' does not list");
        assertBad("x.json", "{\"videos\": [\n {\"video_id\": \"v0\", \"split\": \"dev\"}],\n \"sentences\": []}",
                ":2: unknown split 'dev'");
        assertBad("x.json", "{\"videos\": [\n {\"video_id\": \"v0\"},\n {\"video_id\": \"v0\"}], \"sentences\": []}",
                ":3: video 'v0' is listed twice (first at line 2)");
        assertBad("x.json", "{\"videos\": [\n {\"video_id\": \"v0\"},\n {\"video_id\": }]}", ":3: malformed JSON: ");
        assertBad("x.json", "{\"videos\": {}}", ":1: 'videos' must be a list");
        assertBad("x.json", "{\"videos\": []}", ": expected both 'videos' and 'sentences' lists (MSR-VTT layout)");
        assertBad("x.json", "[1, 2]", ":1: expected a JSON object with 'videos' and 'sentences'");
    }

    private void assertBad(String name, String content, String message) throws IOException {
        Path file = write(name, content);
        assertThatThrownBy(() -> CaptionIndex.read(file)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith(file + message);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
