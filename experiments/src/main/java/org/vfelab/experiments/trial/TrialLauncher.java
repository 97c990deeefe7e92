package org.vfelab.experiments.trial;

import com.google.inject.Injector;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.experiments.bench.Nd4jBinary;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.SpecParams;
import org.vfelab.spec.SpecYaml;
import org.vfelab.core.memory.ResidentMemorySampler;
import org.vfelab.tracking.RunMetrics;
import org.vfelab.tracking.RunStatus;
import org.vfelab.tracking.RunTags;
import org.vfelab.tracking.TrackedRun;
import org.vfelab.tracking.Tracker;
import org.vfelab.core.train.TrialTraining;
import org.vfelab.tracking.TrainingOutcome;
import org.vfelab.core.train.TrainingResult;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Runs one trial end to end: opens its MLflow run (before training, so an unreachable store costs nothing),
 * logs the resolved descriptor as params and as an artifact, builds the trial's injector, trains with progress
 * output, and records the outcome, the final metrics and the measured memory. Every outcome, failures included,
 * ends up in the run.
 */
public final class TrialLauncher {

    /** The artifact holding the resolved descriptor, which the tag {@code vfe.descriptor} points at. */
    public static final String DESCRIPTOR_ARTIFACT = "experiment.yaml";

    private final PrintWriter out;
    private final PrintWriter err;

    /** @param out progress and results; {@code err} warnings */
    public TrialLauncher(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Trains {@code spec}, logging to a new run in its tracking store, also saving the trained weights to {@code checkpoint} if given, and,
     * for a trial of a sweep, logging into the run its sweep runner opened (with the sweep's tags), with the
     * checkpoint keys recorded as the sweep planned them.
     */
    public TrialReport run(ExperimentSpec spec, Optional<Path> checkpoint, Optional<SweepChild> child) {
        SortedMap<String, String> params = SpecParams.flatten(spec);
        child.ifPresent(sweep -> params.putAll(sweep.recordedAs()));
        String trialKey = TrialKey.of(params);
        Tracker tracker = Trackers.of(spec.tracking(), err, child.isPresent());
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(RunTags.TRIAL_KEY, trialKey);
        tags.put(RunTags.DEVICE, device());
        tags.put(RunTags.OUTCOME, RunTags.RUNNING);
        tags.put(RunTags.BACKEND, Nd4jBinary.describe());
        TrackedRun opened = child.isPresent() ? tracker.attachRun(child.get().runId())
                : tracker.startRun(spec.name(), runName(spec), tags);
        try (FailSoftRun run = new FailSoftRun(opened, err)) {
            child.ifPresent(sweep -> tags.forEach(run::setTag));
            // The descriptor as the run used it, which outlives a sweep's temporary copy or an edited source file.
            run.setTag(RunTags.DESCRIPTOR, opened.artifactUri() + "/" + DESCRIPTOR_ARTIFACT);
            out.printf("vfe: experiment '%s', trial %s: %s%n", spec.name(), trialKey, runName(spec));
            out.printf("vfe: logging to %s, run %s%n", tracker.describe(), run.runId());
            run.logParams(params);
            run.logArtifact(DESCRIPTOR_ARTIFACT, SpecYaml.toYaml(spec).getBytes(StandardCharsets.UTF_8));
            Thread onInterrupt = new Thread(
                    () -> endAs(run, TrainingOutcome.KILLED, "interrupted (Ctrl-C, SIGTERM or its sweep runner "
                            + "went away)"));
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try {
                TrialReport report = train(spec, run, trialKey, checkpoint);
                return run.failure().map(e -> report.withTrackingFailure(e.getMessage())).orElse(report);
            } finally {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            }
        }
    }

    private TrialReport train(ExperimentSpec spec, TrackedRun run, String trialKey, Optional<Path> checkpoint) {
        TrainingResult result;
        try {
            Injector injector = Composition.current().trial(spec);
            logData(run, injector.getInstance(VideoTextDataset.class));
            TrialTraining trainer = injector.getInstance(TrialTraining.class);
            result = trainer.run(new TrialListeners(List.of(
                    new ProgressPrinter(out, spec.training().logEvery(), spec.training().batchSize()),
                    new TrackingListener(run), new CheckpointSaver(spec, run, checkpoint, out))));
        } catch (OutOfMemoryError | RuntimeException e) {
            TrainingOutcome outcome = FailureKind.of(e);
            String reason = FailureKind.describe(e);
            err.printf("vfe: trial %s: %s%n", outcome.tag(), reason);
            if (outcome == TrainingOutcome.ERROR && !FailureKind.badInput(e)) {
                e.printStackTrace(err);
            }
            err.flush();
            if (outcome == TrainingOutcome.OOM) {
                run.logMetric(RunMetrics.RSS_PEAK, ResidentMemorySampler.peakSinceStartBytes() / TrialSummary.MEGABYTE,
                        0);
            }
            endAs(run, outcome, reason);
            return new TrialReport(run.runId(), trialKey, outcome, Optional.empty(), Optional.empty());
        }
        logSummary(run, result);
        if (!result.failure().isEmpty()) {
            run.setTag(RunTags.ERROR, result.failure());
            err.printf("vfe: trial %s: %s%n", result.outcome().tag(), result.failure());
        }
        run.setTag(RunTags.OUTCOME, result.outcome().tag());
        run.end(result.outcome() == TrainingOutcome.FINISHED ? RunStatus.FINISHED : RunStatus.FAILED);
        out.print(TrialSummary.render(result));
        out.flush();
        return new TrialReport(run.runId(), trialKey, result.outcome(), Optional.of(result), Optional.empty());
    }

    /** What loading the data found (e.g. {@code skipped_videos}) as step-0 metrics, and the files it was built with. */
    private void logData(TrackedRun run, VideoTextDataset data) {
        data.metrics().forEach((key, value) -> {
            run.logMetric(key, value, 0);
            out.printf(Locale.ROOT, "vfe: data: %s = %s%n", key, value == Math.rint(value)
                    ? Long.toString(value.longValue()) : String.format(Locale.ROOT, "%.3f", value));
        });
        data.artifacts().forEach(run::logArtifact);
    }

    /**
     * The trial's cost; an evaluation-only trial (finished without a step) has none, while a trial that ran out of
     * memory in its first step logs the memory it reached.
     */
    private static void logSummary(TrackedRun run, TrainingResult result) {
        long step = result.stepsDone();
        if (step == 0 && result.outcome() == TrainingOutcome.FINISHED) {
            return;
        }
        run.logMetric(RunMetrics.PEAK_MEMORY, result.peakTensorBytes() / TrialSummary.MEGABYTE, step);
        run.logMetric(RunMetrics.RSS_PEAK, result.peakResidentBytes() / TrialSummary.MEGABYTE, step);
        run.logMetric("step_time_seconds", result.medianStepSeconds(), step);
        run.logMetric("clips_per_second", result.clipsPerSecond(), step);
        run.logMetric(RunMetrics.TOKENS_PER_CLIP, result.tokensPerClip(), step);
        run.logMetric("trainable_parameters", result.trainableParameters(), step);
    }

    private static void endAs(TrackedRun run, TrainingOutcome outcome, String message) {
        run.setTag(RunTags.OUTCOME, outcome.tag());
        run.setTag(RunTags.ERROR, message);
        run.end(outcome == TrainingOutcome.KILLED ? RunStatus.KILLED : RunStatus.FAILED);
    }

    private static String runName(ExperimentSpec spec) {
        return String.format(Locale.ROOT, "%s %s mask=%.2f %s", spec.model().preset().key(),
                spec.model().backbone().type(), spec.sampling().maskRatio(), spec.sampling().type());
    }

    private static String device() {
        String backend = Nd4j.getBackend().getClass().getSimpleName().toLowerCase(Locale.ROOT);
        if (backend.contains("cu")) {
            String visible = System.getenv("CUDA_VISIBLE_DEVICES");
            return "cuda:" + (visible == null || visible.isBlank() ? "0" : visible);
        }
        return "cpu";
    }
}
