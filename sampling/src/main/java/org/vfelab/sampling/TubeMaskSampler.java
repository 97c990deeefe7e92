package org.vfelab.sampling;

import org.vfelab.core.plugin.InputSampler;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenSelection;
import org.vfelab.core.random.RandomSubsets;
import org.vfelab.spec.SamplingSpec;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Tube masking (VideoMAE): in training, each clip keeps the same {@code round((1 - ratio) * S)} of its S spatial
 * positions in every time slot, so a dropped position is gone for the whole clip and cannot be recovered from a
 * neighbouring frame. The paper masks random tokens instead; this is the contrast users ask for. Evaluation sees
 * every token; every time slot keeps as many tokens as the others, so it suits every backbone.
 */
public final class TubeMaskSampler implements InputSampler {

    private final double maskRatio;

    public TubeMaskSampler(SamplingSpec spec) {
        this.maskRatio = spec.maskRatio();
    }

    @Override
    public int keptTokens(TokenGrid grid, boolean training) {
        return training ? grid.timeSlots() * keptPositions(grid) : grid.tokens();
    }

    @Override
    public TokenSelection select(int batch, TokenGrid grid, SplittableRandom random, boolean training) {
        int kept = keptTokens(grid, training);
        if (kept == grid.tokens()) {
            return TokenSelection.all(batch, grid.tokens());
        }
        int perSlot = keptPositions(grid);
        int[] positions = new int[batch * kept];
        for (int clip = 0; clip < batch; clip++) {
            int[] spatial = RandomSubsets.choose(random, grid.spatialTokens(), perSlot);
            Arrays.sort(spatial);
            for (int slot = 0; slot < grid.timeSlots(); slot++) {
                for (int k = 0; k < perSlot; k++) {
                    positions[clip * kept + slot * perSlot + k] = slot * grid.spatialTokens() + spatial[k];
                }
            }
        }
        return new TokenSelection(batch, grid.tokens(), kept, positions);
    }

    private int keptPositions(TokenGrid grid) {
        return RandomMaskSampler.kept(maskRatio, grid.spatialTokens());
    }
}
