package org.vfelab.sampling;

import org.vfelab.core.data.ClipShape;
import org.vfelab.core.plugin.TokenEmbedder;
import org.vfelab.spec.SamplingSpec;
import org.vfelab.spec.Tubelet;

import java.util.Optional;

/**
 * TubeViT's sparse tube sampling: four tube kernels of different shapes, strides and offsets (the paper's, for
 * 32 x 224 x 224 clips, scaled to this model's clips and tubelet by {@link SparseTubes#tubeVit}), each with its
 * own projection, their tokens concatenated. Composes with random masking at {@code sampling.mask_ratio}.
 */
public final class TubeVitSampler extends RandomlyMaskedSampler {

    public TubeVitSampler(SamplingSpec spec) {
        super(spec);
    }

    @Override
    public Optional<TokenEmbedder> embedder(ClipShape clip, Tubelet base) {
        return Optional.of(SparseTubes.tubeVit(clip, base));
    }
}
