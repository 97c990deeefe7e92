package org.vfelab.reports.results;

import java.util.Map;
import java.util.Optional;

/**
 * How finely a trial saw its clips and how hard its retrieval test was: tokens per clip (the paper's findings on
 * masking exist only at hundreds of tokens, so a verdict must say at how many it was read) and the clips of each
 * evaluation family (text-to-video R@1 by chance is one over it, the floor a run must rise well above to count as
 * having learned).
 *
 * @param tokens    video tokens per clip before masking: (frames / tubelet frames) x (size / tubelet height) x
 *                  (size / tubelet width) at the descriptor's tubelet, {@value TrialResult#NOT_LOGGED} if unknown
 * @param evalClips clips per evaluation family ({@code data.eval_clips}), {@value TrialResult#NOT_LOGGED} if unknown
 * @param stills    whether the trial trained on still frames (a {@code -images} dataset: an image pre-training
 *                  stage), which no video ablation reads
 */
public record ClipScale(int tokens, int evalClips, boolean stills) {

    /** The scale of a run that logged neither (an old results file, a run not written by vfe). */
    public static final ClipScale UNKNOWN = new ClipScale(TrialResult.NOT_LOGGED, TrialResult.NOT_LOGGED, false);
    /** How the still-frame datasets' {@code data.type} ends ({@code moving-shapes-images}). */
    static final String STILLS_SUFFIX = "-images";

    /** The scale of video clips. */
    public ClipScale(int tokens, int evalClips) {
        this(tokens, evalClips, false);
    }

    /**
     * The scale from a run's flattened params ({@code data.frames}, {@code data.size}, {@code model.tubelet} as
     * {@code [2, 8, 8]}, {@code data.eval_clips}, {@code data.type}); a missing or malformed one leaves that number
     * unknown.
     */
    public static ClipScale fromParams(Map<String, String> params) {
        return new ClipScale(tokens(params).orElse(TrialResult.NOT_LOGGED),
                integer(params.get("data.eval_clips")).orElse(TrialResult.NOT_LOGGED),
                params.getOrDefault("data.type", "").endsWith(STILLS_SUFFIX));
    }

    private static Optional<Integer> tokens(Map<String, String> params) {
        Optional<Integer> frames = integer(params.get("data.frames"));
        Optional<Integer> size = integer(params.get("data.size"));
        String tubelet = params.getOrDefault("model.tubelet", "").replaceAll("[\\[\\]\\s]", "");
        String[] sides = tubelet.split(",");
        if (frames.isEmpty() || size.isEmpty() || sides.length != 3) {
            return Optional.empty();
        }
        Optional<Integer> t = integer(sides[0]);
        Optional<Integer> h = integer(sides[1]);
        Optional<Integer> w = integer(sides[2]);
        if (t.isEmpty() || h.isEmpty() || w.isEmpty() || t.get() <= 0 || h.get() <= 0 || w.get() <= 0) {
            return Optional.empty();
        }
        return Optional.of((frames.get() / t.get()) * (size.get() / h.get()) * (size.get() / w.get()));
    }

    private static Optional<Integer> integer(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
