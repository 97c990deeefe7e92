package org.vfelab.tracking;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Experiment creation in a local store, as MLflow's FileStore does it: the root, its default experiment
 * {@code 0} named {@code Default} and the {@code .trash} folder appear the first time the store is used; a new
 * experiment gets a random 18-digit id ({@code _generate_unique_integer_id} in {@code mlflow/utils/name_utils.py}).
 * Find-or-create holds a lock, across threads and processes, so parallel trials of one sweep cannot create two
 * experiments of the same name.
 */
final class LocalExperiments {
    private static final String DEFAULT_ID = "0";
    private static final int ID_DIGITS = 18;
    private static final String LOCK_FILE = ".vfe-experiments.lock";

    private LocalExperiments() {
    }

    /** The active experiment called {@code name}, created if there is none. */
    static StoredExperiment findOrCreate(Path root, String name) {
        EntityKeys.checkExperimentName(name);
        synchronized (LocalExperiments.class) {
            createDirectories(root);
            try (FileChannel channel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                if (!Files.exists(root.resolve(DEFAULT_ID))) {
                    create(root, DEFAULT_ID, "Default");
                }
                createDirectories(root.resolve(".trash"));
                return new LocalStoreReader(root).experimentByName(name)
                        .orElseGet(() -> create(root, newId(), name));
            } catch (IOException e) {
                throw new TrackingException("cannot lock local MLflow store " + root + ": " + e, e);
            }
        }
    }

    /** MLflow's {@code _generate_unique_integer_id}: the last 18 decimal digits of a uuid4, no leading zero. */
    private static String newId() {
        UUID uuid = UUID.randomUUID();
        byte[] bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array();
        String digits = new BigInteger(1, bytes).toString();
        StringBuilder id = new StringBuilder(digits.substring(digits.length() - ID_DIGITS));
        for (int i = 0; i < ID_DIGITS && id.charAt(i) == '0'; i++) {
            id.append(ThreadLocalRandom.current().nextInt(10));
        }
        return new BigInteger(id.toString()).toString();
    }

    /** Python's {@code pathlib.Path.as_uri()}: {@code file://} and the path, quoting all but {@code A-Za-z0-9_.~/-}. */
    private static String fileUri(Path path) {
        StringBuilder uri = new StringBuilder("file://");
        for (byte b : path.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || "_.~/-".indexOf(c) >= 0);
            uri.append(plain ? String.valueOf(c) : String.format("%%%02X", b & 0xff));
        }
        return uri.toString();
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new TrackingException("cannot create local MLflow store directory " + dir + ": " + e, e);
        }
    }

    private static StoredExperiment create(Path root, String id, String name) {
        Path dir = root.resolve(id);
        try {
            Files.createDirectory(dir);
        } catch (IOException e) {
            throw new TrackingException("cannot create experiment directory " + dir + ": " + e, e);
        }
        long now = System.currentTimeMillis();
        StoredExperiment experiment = new StoredExperiment(id, name, fileUri(root) + "/" + id, "active", now, now);
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("artifact_location", experiment.artifactLocation());
        yaml.put("creation_time", now);
        yaml.put("experiment_id", id);
        yaml.put("last_update_time", now);
        yaml.put("lifecycle_stage", "active");
        yaml.put("name", name);
        MetaYaml.write(dir, yaml);
        return experiment;
    }
}
