package org.vfelab.sampling;

import org.vfelab.spec.SamplingSpec;
import org.vfelab.spec.Tubelet;

/**
 * Coarser tubelets, the paper's cheap alternative to masking: {@code coarse-temporal} spans twice the frames of
 * the descriptor's tubelet (paper: 4 instead of 2), {@code coarse-spatial} twice its height and width (paper:
 * 32x32 instead of 16x16 px), so a clip has 2x or 4x fewer tokens. Composes with random masking at
 * {@code sampling.mask_ratio} over the coarse tokens.
 */
public final class CoarseTubeletSampler extends RandomlyMaskedSampler {

    private final int frameFactor;
    private final int sideFactor;

    /**
     * @param frameFactor how many times more frames a tubelet spans
     * @param sideFactor  how many times taller and wider a tubelet is
     */
    public CoarseTubeletSampler(SamplingSpec spec, int frameFactor, int sideFactor) {
        super(spec);
        this.frameFactor = frameFactor;
        this.sideFactor = sideFactor;
    }

    @Override
    public Tubelet tubelet(Tubelet base) {
        return new Tubelet(base.frames() * frameFactor, base.height() * sideFactor, base.width() * sideFactor);
    }
}
