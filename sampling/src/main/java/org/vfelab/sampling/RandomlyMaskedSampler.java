package org.vfelab.sampling;

import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenSelection;
import org.vfelab.spec.SamplingSpec;

import java.util.SplittableRandom;

/**
 * A sampler that changes how clips are cut into tokens and leaves which tokens are kept to random masking at
 * {@code sampling.mask_ratio} ({@link RandomMaskSampler}).
 */
abstract class RandomlyMaskedSampler implements InputSampler {

    private final InputSampler masking;

    RandomlyMaskedSampler(SamplingSpec spec) {
        this.masking = new RandomMaskSampler(spec);
    }

    @Override
    public final int keptTokens(TokenGrid grid, boolean training) {
        return masking.keptTokens(grid, training);
    }

    @Override
    public final TokenSelection select(int batch, TokenGrid grid, SplittableRandom random, boolean training) {
        return masking.select(batch, grid, random, training);
    }
}
