package org.vfelab.experiments.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code vfe cluster start} started, kept in the cluster's folder so that {@code status}, {@code check} and
 * {@code stop} find the master and end exactly these processes, never others found by name.
 *
 * @param masterUrl the master's {@code spark://HOST:PORT}
 * @param webUi     the master's web UI, whose {@code /json/} lists the workers
 * @param processes the master first, then the workers
 */
public record ClusterRecord(String masterUrl, URI webUi, List<StartedProcess> processes) {

    private static final String MASTER_URL = "master.url";
    private static final String WEB_UI = "master.webui";
    private static final String PROCESS = "process.";

    public ClusterRecord {
        processes = List.copyOf(processes);
    }

    /** The process of {@code role}. */
    public Optional<StartedProcess> process(String role) {
        return processes.stream().filter(process -> process.role().equals(role)).findFirst();
    }

    /** Writes the record to {@code file}, whole or not at all. */
    void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(MASTER_URL, masterUrl);
        properties.setProperty(WEB_UI, webUi.toString());
        for (StartedProcess process : processes) {
            properties.setProperty(PROCESS + process.role(), process.pid() + "@" + process.started());
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            properties.store(writer, "vfe cluster start: the processes 'vfe cluster stop' ends");
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Reads the record in {@code file}; empty when there is none (no cluster was started there, or it was stopped).
     *
     * @throws ClusterException naming the file and the key when the record is damaged
     */
    static Optional<ClusterRecord> read(Path file) throws ClusterException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ClusterException("cannot read the cluster record " + file + ": " + e.getMessage(), e);
        }
        String masterUrl = required(properties, MASTER_URL, file);
        URI webUi;
        try {
            webUi = URI.create(required(properties, WEB_UI, file));
        } catch (IllegalArgumentException e) {
            throw new ClusterException(file + ": " + WEB_UI + ": not a URI: " + e.getMessage(), e);
        }
        List<StartedProcess> processes = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PROCESS)) {
                processes.add(process(key.substring(PROCESS.length()), properties.getProperty(key), file, key));
            }
        }
        if (processes.stream().noneMatch(process -> process.role().equals("master"))) {
            throw new ClusterException(file + ": no " + PROCESS + "master: the record is damaged; end the cluster's "
                    + "processes by hand (their ids are in the file) and delete it");
        }
        processes.sort(Comparator.comparing((StartedProcess process) -> !process.role().equals("master"))
                .thenComparing(process -> process.role().equals("master") ? 0
                        : Integer.parseInt(process.role().substring("worker-".length()))));
        return Optional.of(new ClusterRecord(masterUrl, webUi, processes));
    }

    private static String required(Properties properties, String key, Path file) throws ClusterException {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new ClusterException(file + ": " + key + " is missing: the record is damaged");
        }
        return value.trim();
    }

    private static StartedProcess process(String role, String value, Path file, String key) throws ClusterException {
        String[] parts = value.trim().split("@", 2);
        try {
            return new StartedProcess(role, Long.parseLong(parts[0]), Instant.parse(parts[1]));
        } catch (ArrayIndexOutOfBoundsException | DateTimeParseException | IllegalArgumentException e) {
            throw new ClusterException(file + ": " + key + "=" + value + ": expected PID@START-TIME (e.g. "
                    + "4242@2026-01-31T10:00:00.120Z): " + e.getMessage(), e);
        }
    }
}
