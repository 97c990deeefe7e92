package org.vfelab.core.plugin;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.spec.Tubelet;

import java.util.Optional;

/**
 * A video encoder: turns the embedded tokens of a batch of clips into one feature vector per clip.
 * It owns its pooling (mean, attention pooling, ...) because pooling is what tells backbone families apart;
 * the projection head, the text tower and the loss stay out of it (timm's {@code forward_features}).
 * All variables it creates live under the name scope {@code video/} with deterministic names, its transformer
 * layers under {@code video/block<i>/} so that {@code model.trainable_layers} can find them.
 *
 * <p>The defaults describe a full fine-tuning, space-time model; frame-level and parameter-efficient
 * backbones override what differs.
 */
public interface Backbone {

    /**
     * The name every backbone gives its final token features {@code [batch * tokensPerClip, width]} (before
     * pooling, in the order of the input tokens), which video-to-text reads instead of the pooled feature.
     */
    String TOKENS = "video/tokens";

    /**
     * @param sd     the graph under construction
     * @param tokens token embeddings {@code [batch * tokensPerClip, width]}, row {@code b * tokensPerClip + t}
     * @param layout how the rows group into clips and time slots
     * @param init   the seeded initialiser every new variable must use
     * @return clip features {@code [batch, width]}
     */
    SDVariable encode(SameDiff sd, SDVariable tokens, TokenLayout layout, ParameterInit init);

    /** The token size this backbone embeds; frame-level models cut single frames into 2D patches. */
    default Tubelet tubelet(Tubelet requested) {
        return requested;
    }

    /**
     * The sequence length of each attention in one of its layers, for the analytic memory estimate: the joint
     * model attends over all kept tokens, a frame-level model over one frame's tokens, a factorized model over a
     * frame and then over the time slots.
     */
    default int[] attentionLengths(TokenLayout layout) {
        return new int[] {layout.tokensPerClip()};
    }

    /** Whether every time slot must keep the same number of tokens (the model encodes slots separately). */
    default boolean framewise() {
        return false;
    }

    /** Whether tokens carry a learned embedding of their time slot (a frame-level model must stay order-blind). */
    default boolean temporalPositions() {
        return true;
    }

    /** Whether a parameter of the whole dual encoder trains; parameter-efficient backbones freeze most. */
    default boolean isTrainable(String parameter) {
        return true;
    }

    /**
     * The parameter a new one starts from when a checkpoint lacks it, e.g. a factorized model's temporal
     * attention starts as a copy of the spatial attention of its layer.
     */
    default Optional<String> inheritsFrom(String parameter) {
        return Optional.empty();
    }
}
