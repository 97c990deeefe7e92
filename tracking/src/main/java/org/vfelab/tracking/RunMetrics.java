package org.vfelab.tracking;

/**
 * The metric keys vfe logs that other code reads back by name (the sweep runner, the reports, vfe bench's JSON),
 * named once. Per-family recalls are {@code <family>/} followed by a recall key, e.g.
 * {@code temporal/t2v_recall_at_1}.
 */
public final class RunMetrics {

    /** Peak bytes of live training tensors, in MB. */
    public static final String PEAK_MEMORY = "peak_memory_megabytes";
    /** Peak resident set of the trial's process, in MB. */
    public static final String RSS_PEAK = "rss_peak_megabytes";
    /** Text-to-video Recall@1, the mean over the plain caption families. */
    public static final String T2V_R1 = "t2v_recall_at_1";
    /** Video-to-text Recall@1, the mean over the plain caption families. */
    public static final String V2T_R1 = "v2t_recall_at_1";
    /** Text-to-video R@1 of a random ranking on a family's evaluation set (duplicate captions counted). */
    public static final String CHANCE_T2V_R1 = "chance_t2v_recall_at_1";
    /** Rouge-L of a video-to-text stage's captions. */
    public static final String ROUGE_L = "rouge_l";
    /**
     * Video tokens per clip the backbone embedded, before masking: a frame-level backbone patches every frame, so it
     * can see more tokens than the descriptor's tubelet gives a joint one.
     */
    public static final String TOKENS_PER_CLIP = "tokens_per_clip";
    /** The evaluation loss of a language-model stage. */
    public static final String EVAL_LOSS = "eval_loss";

    private RunMetrics() {
    }

    /** The key of {@code metric} on caption family {@code family}: {@code temporal/t2v_recall_at_1}. */
    public static String ofFamily(String family, String metric) {
        return family + "/" + metric;
    }
}
