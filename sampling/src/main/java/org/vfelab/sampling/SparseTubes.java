package org.vfelab.sampling;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.vfelab.core.data.ClipShape;
import org.vfelab.core.plugin.ParameterInit;
import org.vfelab.core.plugin.TokenEmbedder;
import org.vfelab.spec.Tubelet;

import java.util.ArrayList;
import java.util.List;

/**
 * TubeViT's sparse tubes: several 3D kernels, each with its own shape, stride and offset, laid over a clip; every
 * placement of every kernel is one token. Tokens are listed kernel by kernel, each kernel's placements in
 * (t, y, x) order.
 *
 * @param clip    the clip the tubes are laid over
 * @param kernels the tube kernels
 */
public record SparseTubes(ClipShape clip, List<Kernel> kernels) implements TokenEmbedder {

    /** TubeViT's four kernels (t x h x w, stride, offset) for 32 x 224 x 224 clips with 16 px patches. */
    public static final List<Kernel> TUBEVIT = List.of(
            new Kernel(8, 8, 8, 16, 32, 32, 0, 0, 0),
            new Kernel(16, 4, 4, 6, 32, 32, 4, 8, 8),
            new Kernel(4, 12, 12, 16, 32, 32, 0, 16, 16),
            new Kernel(1, 16, 16, 32, 16, 16, 0, 0, 0));

    /**
     * One kernel: its size, stride and offset along time, height and width.
     */
    public record Kernel(int t, int h, int w, int strideT, int strideH, int strideW, int offsetT, int offsetH,
                         int offsetW) {

        /** Values in one tube of a clip with {@code channels} channels. */
        public int values(int channels) {
            return t * h * w * channels;
        }

        /** This kernel with time scaled by {@code time} and space by {@code space}, every size at least 1. */
        Kernel scaled(double time, double space) {
            return new Kernel(atLeastOne(t * time), atLeastOne(h * space), atLeastOne(w * space),
                    atLeastOne(strideT * time), atLeastOne(strideH * space), atLeastOne(strideW * space),
                    (int) Math.round(offsetT * time), (int) Math.round(offsetH * space),
                    (int) Math.round(offsetW * space));
        }

        private static int atLeastOne(double v) {
            return Math.max(1, (int) Math.round(v));
        }
    }

    public SparseTubes {
        kernels = List.copyOf(kernels);
        for (Kernel k : kernels) {
            if (placements(k.offsetT, k.t, k.strideT, clip.frames()) == 0
                    || placements(k.offsetH, k.h, k.strideH, clip.height()) == 0
                    || placements(k.offsetW, k.w, k.strideW, clip.width()) == 0) {
                throw new IllegalArgumentException("tube kernel " + k + " does not fit clips of " + clip);
            }
        }
    }

    /**
     * TubeViT's kernels scaled to a clip: time by {@code frames / 32} (the paper's clip length), space by
     * {@code tubelet height / 16} (the paper's patch size), so the tubes keep their shape relative to the base
     * tokens of this model.
     */
    public static SparseTubes tubeVit(ClipShape clip, Tubelet base) {
        double time = clip.frames() / 32.0;
        double space = base.height() / 16.0;
        return new SparseTubes(clip, TUBEVIT.stream().map(k -> k.scaled(time, space)).toList());
    }

    /** Tokens per clip: every placement of every kernel. */
    @Override
    public int tokens() {
        return kernels.stream().mapToInt(this::count).sum();
    }

    /** Placements of one kernel. */
    public int count(Kernel k) {
        return placements(k.offsetT, k.t, k.strideT, clip.frames()) * placements(k.offsetH, k.h, k.strideH,
                clip.height()) * placements(k.offsetW, k.w, k.strideW, clip.width());
    }

    /** Values projected per token: the widest tube's, by each kernel's own projection. */
    @Override
    public int valuesPerToken() {
        return maxValues() * kernels.size();
    }

    /** Cuts and projects the tubes ({@link SparseTubeEmbedding}). */
    @Override
    public SDVariable embed(SameDiff sd, ParameterInit init, SDVariable video, int batch, int kept, int width) {
        return SparseTubeEmbedding.embed(sd, init, video, this, batch, kept, width);
    }

    /** The widest tube's values; narrower tubes are zero-padded to it. */
    public int maxValues() {
        return kernels.stream().mapToInt(k -> k.values(clip.channels())).max().orElseThrow();
    }

    /** Every token's kernel index and the (t, y, x) corner of its placement, in token order. */
    public List<int[]> placements() {
        List<int[]> all = new ArrayList<>();
        for (int i = 0; i < kernels.size(); i++) {
            Kernel k = kernels.get(i);
            for (int t = k.offsetT; t + k.t <= clip.frames(); t += k.strideT) {
                for (int y = k.offsetH; y + k.h <= clip.height(); y += k.strideH) {
                    for (int x = k.offsetW; x + k.w <= clip.width(); x += k.strideW) {
                        all.add(new int[] {i, t, y, x});
                    }
                }
            }
        }
        return all;
    }

    private static int placements(int offset, int size, int stride, int length) {
        return offset + size > length ? 0 : (length - offset - size) / stride + 1;
    }
}
