package org.vfelab.experiments.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The benchmark's fixed configurations, shipped in the jar ({@code bench-b}, {@code bench-smoke},
 * {@code bench-tiny-512}), or any
 * descriptor file the user names.
 */
public final class BenchConfigs {

    /** The configurations shipped with vfe-lab. */
    public static final List<String> SHIPPED = List.of("bench-b", "bench-smoke", "bench-tiny-512");

    private BenchConfigs() {
    }

    /**
     * The descriptor file of a shipped configuration (copied out of the jar) or the named file.
     *
     * @throws IllegalArgumentException when it is neither
     */
    public static Path resolve(String config) {
        if (SHIPPED.contains(config)) {
            try (InputStream in = BenchConfigs.class.getResourceAsStream(config + ".yaml")) {
                Path file = Files.createTempFile(config + "-", ".yaml");
                file.toFile().deleteOnExit();
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped configuration " + config, e);
            }
        }
        Path file = Path.of(config);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--config: '" + config + "' is neither a shipped configuration "
                    + SHIPPED + " nor a descriptor file");
        }
        return file;
    }
}
