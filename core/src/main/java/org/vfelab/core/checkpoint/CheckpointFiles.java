package org.vfelab.core.checkpoint;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes and reads checkpoints: one zip per trial holding {@code spec.yaml} (the resolved descriptor, UTF-8),
 * {@code parameters.tsv} (see {@link ManifestLine}) and one entry {@code parameters/<name>} per parameter in ND4J's
 * own binary format ({@link Nd4j#toByteArray}), which keeps dtype and shape and reads back without a schema.
 * A zip because it is one file to copy or log as an MLflow artifact and can be listed with standard tools.
 * Writing goes to a temporary sibling that is moved into place, so a crash never leaves half a checkpoint under
 * the real name. Reading checks every entry against the manifest, so a damaged file fails here, not mid-training.
 */
public final class CheckpointFiles {

    static final String SPEC = "spec.yaml";
    static final String MANIFEST = "parameters.tsv";
    private static final String PARAMETERS = "parameters/";

    private CheckpointFiles() {
    }

    /** Saves the weights of {@code graph} (see {@link ModelParameters}) with the descriptor that built it. */
    public static void write(Path file, String specYaml, SameDiff graph) {
        byte[] content;
        try {
            content = zip(specYaml, graph);
        } catch (IOException | RuntimeException e) {
            throw new CheckpointException(file + ": cannot write checkpoint: " + e, e);
        }
        write(file, content);
    }

    /** The content of a checkpoint file, for a store that keeps it elsewhere (e.g. as a run's artifact). */
    public static byte[] bytes(String specYaml, SameDiff graph) {
        try {
            return zip(specYaml, graph);
        } catch (IOException e) {
            throw new CheckpointException("cannot serialise checkpoint: " + e, e);
        }
    }

    /**
     * Writes checkpoint content ({@link #bytes}) to {@code file} atomically: through a temporary file in the same
     * directory, so a failed write keeps any previous checkpoint and leaves nothing behind.
     */
    public static void write(Path file, byte[] content) {
        Path temp = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + file.getFileName() + "-", ".part");
            Files.write(temp, content);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            throw new CheckpointException(file + ": cannot write checkpoint: " + e, e);
        }
    }

    private static byte[] zip(String specYaml, SameDiff graph) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            List<String> names = ModelParameters.names(graph);
            StringBuilder manifest = new StringBuilder();
            names.forEach(name -> manifest.append(ManifestLine.of(name, graph.getArrForVarName(name)).format())
                    .append('\n'));
            put(zip, SPEC, specYaml.getBytes(StandardCharsets.UTF_8));
            put(zip, MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
            for (String name : names) {
                put(zip, PARAMETERS + name, Nd4j.toByteArray(graph.getArrForVarName(name)));
            }
        }
        return out.toByteArray();
    }

    /** Reads a checkpoint written by {@link #write}, checking each parameter's data against the manifest. */
    public static Checkpoint read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(file + ": no such checkpoint file");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> lines = text(zip, file, MANIFEST).lines().toList();
            String spec = text(zip, file, SPEC);
            Map<String, INDArray> parameters = new TreeMap<>();
            for (int i = 0; i < lines.size(); i++) {
                ManifestLine line = ManifestLine.parse(file, i + 1, lines.get(i));
                if (parameters.put(line.name(), array(zip, file, line)) != null) {
                    throw new CheckpointException(file + ": " + MANIFEST + " lists " + line.name() + " twice");
                }
            }
            return new Checkpoint(spec, parameters, file);
        } catch (ZipException e) {
            throw new CheckpointException(file + ": not a vfe checkpoint (not a zip file)", e);
        } catch (IOException e) {
            throw new CheckpointException(file + ": cannot read checkpoint: " + e, e);
        }
    }

    private static INDArray array(ZipFile zip, Path file, ManifestLine line) throws IOException {
        String name = PARAMETERS + line.name();
        byte[] bytes = entry(zip, name);
        if (bytes == null) {
            throw new CheckpointException(file + ": " + MANIFEST + " lists " + line.name() + " but there is no entry "
                    + name);
        }
        INDArray array;
        try {
            array = Nd4j.fromByteArray(bytes);
        } catch (RuntimeException e) {
            throw new CheckpointException(file + ": cannot read " + name + ": " + e, e);
        }
        if (!Arrays.equals(array.shape(), line.shape()) || array.dataType() != line.dataType()) {
            throw new CheckpointException(file + ": " + name + " holds " + array.dataType() + " "
                    + Arrays.toString(array.shape()) + " but " + MANIFEST + " says " + line.dataType() + " "
                    + Arrays.toString(line.shape()));
        }
        return array;
    }

    private static String text(ZipFile zip, Path file, String name) throws IOException {
        byte[] bytes = entry(zip, name);
        if (bytes == null) {
            throw new CheckpointException(file + ": not a vfe checkpoint (no " + name + ")");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The content of entry {@code name}, or null when there is none. */
    private static byte[] entry(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The write already failed; that failure is the one to report.
            }
        }
    }
}
