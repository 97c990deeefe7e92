package org.vfelab.core.plugin;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

import java.util.Map;

/**
 * A contrastive objective between the two towers of a dual encoder. Variables it owns (a learnable
 * temperature, say) live under the name scope {@code loss/}.
 */
public interface ContrastiveLoss {

    /**
     * @param video   L2-normalised clip embeddings {@code [B, P]}
     * @param text    L2-normalised caption embeddings {@code [B, P]}
     * @param targets {@code [B, B]} row-normalised match matrix: entry (i, j) &gt; 0 when caption j describes clip i
     *                (duplicates in a batch share the mass)
     * @return the scalar loss
     */
    SDVariable loss(SameDiff sd, SDVariable video, SDVariable text, SDVariable targets, ParameterInit init);

    /** Called after every optimizer update, e.g. to clip a learnable logit scale. */
    void afterUpdate(SameDiff sd);

    /** Scalar values worth logging each step, by metric key (e.g. {@code temperature}). */
    Map<String, Double> readouts(SameDiff sd);
}
