package org.vfelab.experiments.trial;

import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.checkpoint.CheckpointFiles;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.SpecYaml;
import org.vfelab.tracking.TrackedRun;
import org.vfelab.core.train.TrainingListener;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Saves the trained weights with their descriptor when a trial finishes: as the run's artifact {@value #ARTIFACT}
 * unless {@code tracking.log_checkpoint} is off, and to a file the user named ({@code vfe run --save-checkpoint FILE}), which a later
 * descriptor can start from with {@code model.init_from}.
 */
public final class CheckpointSaver implements TrainingListener {
    /** The artifact path of a finished trial's weights, which a later sweep stage starts from. */
    public static final String ARTIFACT = "checkpoint.zip";

    private final ExperimentSpec spec;
    private final TrackedRun run;
    private final Optional<Path> file;
    private final PrintWriter out;

    CheckpointSaver(ExperimentSpec spec, TrackedRun run, Optional<Path> file, PrintWriter out) {
        this.spec = spec;
        this.run = run;
        this.file = file;
        this.out = out;
    }

    @Override
    public void onTrained(SameDiff graph) {
        if (!spec.tracking().logCheckpoint() && file.isEmpty()) {
            return;
        }
        byte[] checkpoint = CheckpointFiles.bytes(SpecYaml.toYaml(spec), graph);
        if (spec.tracking().logCheckpoint()) {
            run.logArtifact(ARTIFACT, checkpoint);
        }
        file.ifPresent(target -> {
            CheckpointFiles.write(target, checkpoint);
            out.println("vfe: checkpoint saved to " + target + " (start a model from it with model.init_from)");
        });
    }
}
