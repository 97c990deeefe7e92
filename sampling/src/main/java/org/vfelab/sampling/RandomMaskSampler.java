package org.vfelab.sampling;

import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.random.RandomSubsets;
import org.vfelab.core.plugin.TokenSelection;
import org.vfelab.core.spec.SamplingSpec;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Random token masking (FLIP, the paper's main memory lever): in training, each clip independently keeps
 * {@code round((1 - ratio) * N)} of its N tubelet tokens, drawn uniformly without replacement; evaluation sees
 * every token. A ratio of 0 keeps all tokens.
 */
public final class RandomMaskSampler implements InputSampler {

    private final double maskRatio;

    public RandomMaskSampler(SamplingSpec spec) {
        this.maskRatio = spec.maskRatio();
    }

    @Override
    public int keptTokens(int gridTokens, boolean training) {
        return training ? Math.max(1, (int) Math.round((1 - maskRatio) * gridTokens)) : gridTokens;
    }

    @Override
    public TokenSelection select(int batch, int gridTokens, SplittableRandom random, boolean training) {
        int kept = keptTokens(gridTokens, training);
        if (kept == gridTokens) {
            return TokenSelection.all(batch, gridTokens);
        }
        int[] positions = new int[batch * kept];
        for (int clip = 0; clip < batch; clip++) {
            int[] chosen = RandomSubsets.choose(random, gridTokens, kept);
            Arrays.sort(chosen);
            System.arraycopy(chosen, 0, positions, clip * kept, kept);
        }
        return new TokenSelection(batch, gridTokens, kept, positions);
    }
}
