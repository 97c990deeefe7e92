package org.vfelab.core.plugin;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * How an input sampler that does not cut clips into the tubelet grid (TubeViT's sparse tubes) turns clips into
 * tokens. The graph calls it in place of the tubelet embedding; its tokens form one time slot, so it cannot feed a
 * backbone that encodes frames separately. Kept tokens arrive through the same {@code token_rows} and
 * {@code token_positions} placeholders as the tubelet embedding's, so every sampler's masking composes with it.
 */
public interface TokenEmbedder {

    /** Tokens per clip before any is dropped. */
    int tokens();

    /** Values projected into each token (the widest one), for {@code vfe inspect}'s embedding cost. */
    int valuesPerToken();

    /**
     * @param video the video placeholder {@code [batch, frames, height, width, channels]}
     * @return kept token embeddings {@code [batch * kept, width]}, every variable under {@code video/} from {@code init}
     */
    SDVariable embed(SameDiff sd, ParameterInit init, SDVariable video, int batch, int kept, int width);
}
