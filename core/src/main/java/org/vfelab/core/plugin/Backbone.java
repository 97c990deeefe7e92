package org.vfelab.core.plugin;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * A video encoder: turns the embedded tokens of a batch of clips into one feature vector per clip.
 * It owns its pooling (mean, attention pooling, ...) because pooling is what tells backbone families apart;
 * the projection head, the text tower and the loss stay out of it (timm's {@code forward_features}).
 * All variables it creates live under the name scope {@code video/} with deterministic names.
 */
public interface Backbone {

    /**
     * @param sd     the graph under construction
     * @param tokens token embeddings {@code [batch * tokensPerClip, width]}, row {@code b * tokensPerClip + t}
     * @param layout how the rows group into clips
     * @param init   the seeded initialiser every new variable must use
     * @return clip features {@code [batch, width]}
     */
    SDVariable encode(SameDiff sd, SDVariable tokens, TokenLayout layout, ParameterInit init);
}
