package org.vfelab.sampling;

import org.vfelab.core.data.ClipShape;
import org.vfelab.core.model.SparseTubes;
import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenSelection;
import org.vfelab.core.spec.SamplingSpec;
import org.vfelab.core.spec.Tubelet;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * TubeViT's sparse tube sampling: four tube kernels of different shapes, strides and offsets (the paper's, for
 * 32 x 224 x 224 clips, scaled to this model's clips and tubelet by {@link SparseTubes#tubeVit}), each with its
 * own projection, their tokens concatenated. Composes with random masking at {@code sampling.mask_ratio}.
 */
public final class TubeVitSampler implements InputSampler {

    private final InputSampler masking;

    public TubeVitSampler(SamplingSpec spec) {
        this.masking = new RandomMaskSampler(spec);
    }

    @Override
    public Optional<SparseTubes> tubes(ClipShape clip, Tubelet base) {
        return Optional.of(SparseTubes.tubeVit(clip, base));
    }

    @Override
    public int keptTokens(TokenGrid grid, boolean training) {
        return masking.keptTokens(grid, training);
    }

    @Override
    public TokenSelection select(int batch, TokenGrid grid, SplittableRandom random, boolean training) {
        return masking.select(batch, grid, random, training);
    }
}
