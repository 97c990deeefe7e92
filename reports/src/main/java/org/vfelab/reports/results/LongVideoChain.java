package org.vfelab.reports.results;

import java.util.List;
import java.util.Optional;

/**
 * The trials of the paper's long-video chain (Table 3, F6), found by two things a sweep fixes: the arm label names
 * the model ({@code IMAGE-ViT pre-training}, {@code SHORT-ViViT on long clips}, {@code LONG-ViViT video-to-text}:
 * the model is the label before the suffix), and the params say which stage a trial is, so a trial counts for what
 * it ran, not for how its arm happens to be worded.
 */
public final class LongVideoChain {

    /** The models of the chain, frame-level first, in the order the table lists them. */
    public static final List<String> MODELS = List.of("IMAGE-ViT", "SHORT-ViViT", "LONG-ViViT");
    /** SHORT-ViViT's clips hold this many motion events (2-event captions); clips with more are long. */
    public static final int SHORT_CLIP_EVENTS = 2;
    private static final List<String> SUFFIXES = List.of(" pre-training", " on long clips", " video-to-text");

    /** A stage of the chain, and so a group of trials whose metrics fill one part of the long-video table. */
    public enum Stage {
        /** Contrastive training (the task trained for at least one step): its peak memory. */
        CONTRASTIVE,
        /** Contrastive retrieval scored on long clips: an evaluation-only trial, or LONG-ViViT trained on them. */
        LONG_CLIPS,
        /** Video-to-text tuning through the frozen encoder: Rouge-L, CIDEr and its peak memory. */
        VIDEO_TO_TEXT
    }

    private LongVideoChain() {
    }

    /** The chain model a trial belongs to: its arm without a stage suffix, if that is one of {@link #MODELS}. */
    public static Optional<String> model(TrialResult trial) {
        String name = SUFFIXES.stream().filter(trial.arm()::endsWith).findFirst()
                .map(suffix -> trial.arm().substring(0, trial.arm().length() - suffix.length()))
                .orElse(trial.arm());
        return MODELS.contains(name) ? Optional.of(name) : Optional.empty();
    }

    /** Whether {@code trial} is a trial of the chain at {@code stage}, whatever its model and outcome. */
    public static boolean at(TrialResult trial, Stage stage) {
        boolean contrastive = trial.task().equals(TrialResult.CONTRASTIVE);
        return model(trial).isPresent() && switch (stage) {
            case CONTRASTIVE -> contrastive && !trial.evaluationOnly();
            case LONG_CLIPS -> contrastive && trial.events() > SHORT_CLIP_EVENTS;
            case VIDEO_TO_TEXT -> trial.task().equals(TrialResult.CAPTIONING);
        };
    }

    /** The trials of {@code model} at {@code stage}, whatever their outcome, in table order. */
    public static List<TrialResult> trials(ResultsTable table, String model, Stage stage) {
        return table.rows().stream()
                .filter(row -> at(row, stage) && model(row).orElse("").equals(model))
                .toList();
    }

    /** Whether {@code trial} belongs to the chain at any stage (the ablation figures and findings leave it out). */
    public static boolean member(TrialResult trial) {
        return List.of(Stage.values()).stream().anyMatch(stage -> at(trial, stage));
    }

    /** Whether any trial of {@code table} belongs to the chain: the report then has a long-video section. */
    public static boolean present(ResultsTable table) {
        return table.rows().stream().anyMatch(LongVideoChain::member);
    }
}
