package org.vfelab.captioning;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.vfelab.core.data.EvalSet;
import org.vfelab.core.data.Vocabulary;
import org.vfelab.core.eval.BatchRows;
import org.vfelab.core.model.DualEncoderGraph;
import org.vfelab.core.model.TubeletEmbedding;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenSelection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a caption for every clip of an eval set by greedy decoding: starting from {@code <bos>}, the most likely
 * next token is appended until {@code <eos>} or the caption length. Runs on an evaluation graph of all video
 * tokens, built for a fixed batch; the last, partial batch is padded with the set's first clips.
 */
public final class GreedyCaptioner {

    private final SameDiff graph;
    private final int batch;
    private final int length;
    private final Vocabulary vocabulary;
    /** The placeholders that stay the same for every batch and every position: all tokens, pooled over time. */
    private final INDArray tokenRows;
    private final INDArray tokenPositions;
    private final INDArray pool;

    /** @param graph a {@link CaptioningGraph} without loss, built for {@code batch} clips of all their tokens */
    public GreedyCaptioner(SameDiff graph, int batch, int length, TokenGrid grid, int timeChunks,
                           Vocabulary vocabulary) {
        this.graph = graph;
        this.batch = batch;
        this.length = length;
        this.vocabulary = vocabulary;
        TokenSelection all = TokenSelection.all(batch, grid.tokens());
        this.tokenRows = Nd4j.createFromArray(all.rows());
        this.tokenPositions = Nd4j.createFromArray(all.positions());
        this.pool = VisualPooling.matrix(all, grid, timeChunks);
    }

    /** One caption per clip of {@code set}, in order. */
    public List<String> caption(EvalSet set) {
        List<String> captions = new ArrayList<>(set.size());
        for (int from = 0; from < set.size(); from += batch) {
            List<String> written = decode(BatchRows.of(set.videos(), from, batch));
            captions.addAll(written.subList(0, Math.min(batch, set.size() - from)));
        }
        return captions;
    }

    private List<String> decode(INDArray videos) {
        int[][] tokens = new int[batch][length];
        boolean[] done = new boolean[batch];
        for (int[] row : tokens) {
            row[0] = Vocabulary.BOS;
        }
        for (int position = 0; position + 1 < length && !allTrue(done); position++) {
            Map<String, INDArray> feeds = Map.of(
                    DualEncoderGraph.VIDEO, videos,
                    TubeletEmbedding.TOKEN_ROWS, tokenRows,
                    TubeletEmbedding.TOKEN_POSITIONS, tokenPositions,
                    CaptioningGraph.POOL, pool,
                    CausalLanguageModel.TOKENS, Nd4j.createFromArray(tokens).castTo(DataType.INT));
            INDArray logits = graph.output(feeds, CausalLanguageModel.LOGITS).get(CausalLanguageModel.LOGITS);
            for (int b = 0; b < batch; b++) {
                if (done[b]) {
                    continue;
                }
                int next = logits.get(NDArrayIndex.point((long) b * length + position), NDArrayIndex.all())
                        .argMax().getInt(0);
                tokens[b][position + 1] = next;
                done[b] = next == Vocabulary.EOS;
            }
            logits.close();
        }
        return Arrays.stream(tokens).map(vocabulary::decode).toList();
    }

    private static boolean allTrue(boolean[] flags) {
        for (boolean flag : flags) {
            if (!flag) {
                return false;
            }
        }
        return true;
    }
}
