package org.vfelab.video.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vfelab.core.data.DataFileException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An MSR-VTT-style JSON caption index: an object with {@code videos}, a list of {@code {"video_id": ..., "split":
 * ...}} (split optional, MSR-VTT's {@code validate} accepted), and {@code sentences}, a list of
 * {@code {"video_id": ..., "caption": ...}}; other fields ({@code info}, {@code categories}, {@code url}, ...) are
 * ignored. Read as a stream so that each bad entry is reported at its own line.
 */
final class JsonIndexReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonIndexReader() {
    }

    /** A list entry and the line its object starts on. */
    private record Entry(JsonNode node, int line) {
    }

    static CaptionIndex read(Path file) {
        List<Entry> videos = null;
        List<Entry> sentences = null;
        try (JsonParser parser = JSON.createParser(IndexText.read(file))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new DataFileException(file, line(parser), "expected a JSON object with 'videos' and 'sentences'");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("videos")) {
                    videos = entries(file, parser, field);
                } else if (field.equals("sentences")) {
                    sentences = entries(file, parser, field);
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new DataFileException(file, line, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DataFileException(file, "cannot read the caption index: " + e);
        }
        if (videos == null || sentences == null) {
            throw new DataFileException(file, "expected both 'videos' and 'sentences' lists (MSR-VTT layout)");
        }
        VideoGrouping grouping = new VideoGrouping(file);
        for (Entry video : videos) {
            String split = optionalText(file, video, "split");
            grouping.declare(text(file, video, "video_id"), Split.fromName(split).orElseThrow(() ->
                    new DataFileException(file, video.line(), "unknown split '" + split + "' (known: "
                            + Split.known() + ")")), video.line());
        }
        for (Entry sentence : sentences) {
            grouping.caption(text(file, sentence, "video_id"), text(file, sentence, "caption"), sentence.line());
        }
        return grouping.index();
    }

    private static List<Entry> entries(Path file, JsonParser parser, String field) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new DataFileException(file, line(parser), "'" + field + "' must be a list");
        }
        List<Entry> entries = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = line(parser);
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new DataFileException(file, line, "every entry of '" + field + "' must be an object");
            }
            entries.add(new Entry(parser.readValueAsTree(), line));
        }
        return entries;
    }

    /** A required non-blank text or number field, stripped. */
    private static String text(Path file, Entry entry, String name) {
        JsonNode value = entry.node().get(name);
        if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            throw new DataFileException(file, entry.line(), "missing or empty '" + name + "'");
        }
        return value.asText().strip();
    }

    private static String optionalText(Path file, Entry entry, String name) {
        JsonNode value = entry.node().get(name);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new DataFileException(file, entry.line(), "'" + name + "' must be text, got " + value);
        }
        return value.asText();
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
