package org.vfelab.reports.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The results of a sweep, one {@link TrialResult} per trial, and their CSV form {@code results.csv}: the identity
 * columns, the stage and scale columns, one {@code param:<key>} column per param whose value differs between the
 * trials (whatever dimension a sweep varies shows up without code that knows it), then one column per metric any
 * trial logged (sorted; empty where a trial did not log it). Reading the CSV back gives the same table but for the
 * params every trial shares (the MLflow runs keep those), so figures can be regenerated and tested from a file; a
 * file written before the stage or scale columns existed still reads, its trials contrastive with neither param
 * logged and their scale unknown.
 */
public record ResultsTable(List<TrialResult> rows) {

    /** The identity columns, in order, before the metric columns. */
    public static final List<String> IDENTITY = List.of("run_id", "sweep", "arm", "label", "seed", "outcome",
            "backbone", "sampler", "mask_ratio", "preset", "trial_key");
    /** The stage columns after the identity columns: {@code task.type}, {@code data.events}, {@code training.steps}. */
    public static final List<String> STAGE = List.of("task", "events", "steps");
    /** The scale columns after the stage columns: tokens per clip, {@code data.eval_clips}, trained on stills. */
    public static final List<String> SCALE = List.of("tokens", "eval_clips", "stills");
    /** The prefix of a param column's header: {@code param:training.lr}. */
    public static final String PARAM = "param:";

    public ResultsTable {
        rows = List.copyOf(rows);
    }

    /** The CSV text: a header line, then one line per row (RFC 4180 quoting where a value needs it). */
    public String toCsv() {
        List<String> metricKeys = new ArrayList<>(new TreeSet<>(rows.stream()
                .flatMap(row -> row.metrics().keySet().stream()).toList()));
        List<String> paramKeys = varyingParams();
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(IDENTITY);
        header.addAll(STAGE);
        header.addAll(SCALE);
        paramKeys.forEach(key -> header.add(PARAM + key));
        header.addAll(metricKeys);
        line(csv, header);
        for (TrialResult row : rows) {
            List<String> cells = new ArrayList<>(List.of(row.runId(), row.sweep(), row.arm(), row.label(),
                    Long.toString(row.seed()), row.outcome(), row.backbone(), row.sampler(),
                    number(row.maskRatio()), row.preset(), row.trialKey(), row.task(), Integer.toString(row.events()),
                    Integer.toString(row.steps()), Integer.toString(row.clips().tokens()),
                    Integer.toString(row.clips().evalClips()), Boolean.toString(row.clips().stills())));
            paramKeys.forEach(key -> cells.add(row.params().getOrDefault(key, "")));
            metricKeys.forEach(key -> cells.add(row.metrics().containsKey(key) ? number(row.metrics().get(key)) : ""));
            line(csv, cells);
        }
        return csv.toString();
    }

    /** The params whose value (or presence) differs between the rows, sorted. */
    public List<String> varyingParams() {
        return rows.stream().flatMap(row -> row.params().keySet().stream()).distinct().sorted()
                .filter(key -> rows.stream().map(row -> row.params().getOrDefault(key, "")).distinct().count() > 1)
                .toList();
    }

    /** Writes {@link #toCsv()} to {@code file}. */
    public void writeCsv(Path file) {
        try {
            Files.writeString(file, toCsv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table written by {@link #writeCsv}.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed row
     */
    public static ResultsTable readCsv(Path file) {
        List<List<String>> records;
        try {
            records = CsvRecords.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (records.isEmpty() || !records.get(0).subList(0, Math.min(IDENTITY.size(), records.get(0).size()))
                .equals(IDENTITY)) {
            throw new IllegalArgumentException(file + ":1: expected the header " + String.join(",", IDENTITY)
                    + "," + String.join(",", STAGE) + "," + String.join(",", SCALE) + ",<metrics...>");
        }
        List<String> header = records.get(0);
        List<TrialResult> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(row(file, i + 1, header, records.get(i)));
        }
        return new ResultsTable(rows);
    }

    private static TrialResult row(Path file, int line, List<String> header, List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException(file + ":" + line + ": " + cells.size() + " cells, the header has "
                    + header.size());
        }
        boolean staged = group(header, IDENTITY.size(), STAGE);
        int scaleAt = IDENTITY.size() + (staged ? STAGE.size() : 0);
        boolean scaled = group(header, scaleAt, SCALE);
        try {
            Map<String, Double> metrics = new HashMap<>();
            Map<String, String> params = new HashMap<>();
            for (int c = scaleAt + (scaled ? SCALE.size() : 0); c < header.size(); c++) {
                if (header.get(c).startsWith(PARAM)) {
                    if (!cells.get(c).isEmpty()) {
                        params.put(header.get(c).substring(PARAM.length()), cells.get(c));
                    }
                } else if (!cells.get(c).isEmpty()) {
                    metrics.put(header.get(c), Double.parseDouble(cells.get(c)));
                }
            }
            int stage = IDENTITY.size();
            return new TrialResult(cells.get(0), cells.get(1), cells.get(2), cells.get(3),
                    Long.parseLong(cells.get(4)), cells.get(5), cells.get(6), cells.get(7),
                    Double.parseDouble(cells.get(8)), cells.get(9), cells.get(10),
                    staged ? cells.get(stage) : TrialResult.CONTRASTIVE,
                    staged ? Integer.parseInt(cells.get(stage + 1)) : TrialResult.NOT_LOGGED,
                    staged ? Integer.parseInt(cells.get(stage + 2)) : TrialResult.NOT_LOGGED,
                    scaled ? new ClipScale(Integer.parseInt(cells.get(scaleAt)), Integer.parseInt(cells.get(scaleAt + 1)),
                            Boolean.parseBoolean(cells.get(scaleAt + 2))) : ClipScale.UNKNOWN, params, metrics);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + line + ": not a number: " + e.getMessage(), e);
        }
    }

    private static boolean group(List<String> header, int at, List<String> columns) {
        return header.size() >= at + columns.size() && header.subList(at, at + columns.size()).equals(columns);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%s", value);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
            csv.append(i == 0 ? "" : ",").append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        csv.append('\n');
    }
}
