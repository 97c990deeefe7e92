package org.vfelab.experiments.cli;

import org.vfelab.tracking.ServerOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --journal-dir} option of the {@code vfe runs} commands. */
final class JournalRoot {

    @Option(names = "--journal-dir", paramLabel = "DIR",
            description = "Where the run journals are (default: ~/.vfe/journal, the default of tracking.journal).")
    private Path directory;

    /** The directory given, or the default journal directory. */
    Path directory() {
        return directory != null ? directory : ServerOptions.defaults().journalRoot();
    }
}
