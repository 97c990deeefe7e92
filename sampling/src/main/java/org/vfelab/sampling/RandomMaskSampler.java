package org.vfelab.sampling;

import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenSelection;
import org.vfelab.core.random.RandomSubsets;
import org.vfelab.spec.SamplingSpec;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Random token masking (FLIP, the paper's main memory lever): in training, each clip independently keeps
 * {@code round((1 - ratio) * N)} of its N tubelet tokens, drawn uniformly without replacement; evaluation sees
 * every token. A ratio of 0 keeps all tokens. Under a framewise backbone (frame-level, factorized) the draw is
 * made per time slot, {@code round((1 - ratio) * S)} of each slot's S positions, so every frame keeps as many
 * tokens as the others.
 */
public final class RandomMaskSampler implements InputSampler {

    private final double maskRatio;

    public RandomMaskSampler(SamplingSpec spec) {
        this.maskRatio = spec.maskRatio();
    }

    @Override
    public int keptTokens(TokenGrid grid, boolean training) {
        if (!training) {
            return grid.tokens();
        }
        return grid.framewise() ? grid.timeSlots() * kept(grid.spatialTokens()) : kept(grid.tokens());
    }

    @Override
    public TokenSelection select(int batch, TokenGrid grid, SplittableRandom random, boolean training) {
        int kept = keptTokens(grid, training);
        if (kept == grid.tokens()) {
            return TokenSelection.all(batch, grid.tokens());
        }
        int[] positions = new int[batch * kept];
        for (int clip = 0; clip < batch; clip++) {
            int[] chosen = grid.framewise() ? perSlot(grid, random) : RandomSubsets.choose(random, grid.tokens(), kept);
            Arrays.sort(chosen);
            System.arraycopy(chosen, 0, positions, clip * kept, kept);
        }
        return new TokenSelection(batch, grid.tokens(), kept, positions);
    }

    private int[] perSlot(TokenGrid grid, SplittableRandom random) {
        int perSlot = kept(grid.spatialTokens());
        int[] chosen = new int[grid.timeSlots() * perSlot];
        for (int slot = 0; slot < grid.timeSlots(); slot++) {
            int[] inSlot = RandomSubsets.choose(random, grid.spatialTokens(), perSlot);
            for (int k = 0; k < perSlot; k++) {
                chosen[slot * perSlot + k] = slot * grid.spatialTokens() + inSlot[k];
            }
        }
        return chosen;
    }

    private int kept(int tokens) {
        return kept(maskRatio, tokens);
    }

    /** The masking rule every sampler shares: {@code round((1 - ratio) * tokens)} survive, at least one. */
    static int kept(double maskRatio, int tokens) {
        return Math.max(1, (int) Math.round((1 - maskRatio) * tokens));
    }
}
