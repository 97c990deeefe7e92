package org.vfelab.video.index;

import org.vfelab.core.data.DataFileException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV caption index: a header naming the columns {@code video} and {@code caption}, optionally {@code split}, in
 * any order; then one caption per line. Fields follow RFC 4180 on one line (double quotes around a field with
 * commas, {@code ""} for a quote); blank lines are skipped. A video may have many rows, one per caption.
 */
final class CsvIndexReader {
    private static final List<String> COLUMNS = List.of("video", "caption", "split");

    private CsvIndexReader() {
    }

    static CaptionIndex read(Path file) {
        String[] lines = IndexText.read(file).split("\r?\n", -1);
        VideoGrouping grouping = new VideoGrouping(file);
        int[] column = null;
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = fields(file, line, lines[i]);
            if (column == null) {
                column = header(file, line, fields);
                continue;
            }
            int width = column[2] < 0 ? 2 : 3;
            if (fields.size() != width) {
                throw new DataFileException(file, line, "expected " + width + " columns (" + header(column)
                        + "), got " + fields.size());
            }
            String video = fields.get(column[0]).strip();
            String caption = fields.get(column[1]).strip();
            String splitName = column[2] < 0 ? "" : fields.get(column[2]);
            if (video.isEmpty()) {
                throw new DataFileException(file, line, "empty video path");
            }
            if (caption.isEmpty()) {
                throw new DataFileException(file, line, "empty caption for video '" + video + "'");
            }
            Split split = Split.fromName(splitName).orElseThrow(() -> new DataFileException(file, line,
                    "unknown split '" + splitName.strip() + "' (known: " + Split.known() + ")"));
            grouping.row(video, split, caption, line);
        }
        if (column == null) {
            throw new DataFileException(file, "empty caption index: expected a header 'video,caption[,split]'");
        }
        return grouping.index();
    }

    /** The position of video, caption and split (-1 when absent) in the header's columns. */
    private static int[] header(Path file, int line, List<String> names) {
        int[] column = {-1, -1, -1};
        for (int i = 0; i < names.size(); i++) {
            int which = COLUMNS.indexOf(names.get(i).strip().toLowerCase(Locale.ROOT));
            if (which < 0 || column[which] >= 0) {
                throw new DataFileException(file, line, "expected a header 'video,caption[,split]', got '"
                        + String.join(",", names) + "'");
            }
            column[which] = i;
        }
        if (column[0] < 0 || column[1] < 0) {
            throw new DataFileException(file, line, "expected a header 'video,caption[,split]', got '"
                    + String.join(",", names) + "'");
        }
        return column;
    }

    private static String header(int[] column) {
        String[] names = new String[column[2] < 0 ? 2 : 3];
        for (int i = 0; i < column.length; i++) {
            if (column[i] >= 0) {
                names[column[i]] = COLUMNS.get(i);
            }
        }
        return String.join(",", names);
    }

    /** The fields of one line: commas separate, double quotes protect commas and escape themselves. */
    static List<String> fields(Path file, int line, String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < text.length() && text.charAt(i) == '"') {
                i = quoted(file, line, text, i + 1, field);
                if (i < text.length() && text.charAt(i) != ',') {
                    throw new DataFileException(file, line, "text after the closing quote of field "
                            + (fields.size() + 1));
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',') {
                    field.append(text.charAt(i++));
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= text.length()) {
                return fields;
            }
            i++;
        }
    }

    /** Reads a quoted field from {@code from} into {@code field}; returns the index after its closing quote. */
    private static int quoted(Path file, int line, String text, int from, StringBuilder field) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '"') {
                field.append(c);
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else {
                return i + 1;
            }
        }
        throw new DataFileException(file, line, "unterminated quote (a caption cannot span lines)");
    }
}
