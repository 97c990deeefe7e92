package org.vfelab.core.eval;

import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.data.EvalSet;
import org.vfelab.core.memory.PoolingMemoryManager;
import org.vfelab.core.model.DualEncoderGraph;
import org.vfelab.core.model.TextEncoder;
import org.vfelab.core.model.TubeletEmbedding;
import org.vfelab.core.plugin.TokenSelection;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Zero-shot retrieval on an eval set with every token of every clip (no masking at evaluation): embeds all clips
 * and captions with the evaluation graph, then scores text-to-video and video-to-text retrieval. A candidate is
 * relevant to a query when their captions are identical, so duplicate captions are not counted as misses.
 */
public final class Evaluator {

    private final SameDiff graph;
    private final SameDiff trainedGraph;
    private final int batch;
    private final INDArray allRows;
    private final INDArray allPositions;
    private final List<Integer> recallAt;
    private final PoolingMemoryManager memory;

    /**
     * @param graph        an evaluation graph built for {@code batch} clips of {@code gridTokens} tokens
     * @param trainedGraph the training graph whose current weights each evaluation uses
     */
    public Evaluator(SameDiff graph, SameDiff trainedGraph, int batch, int gridTokens, List<Integer> recallAt) {
        this.graph = graph;
        this.trainedGraph = trainedGraph;
        this.batch = batch;
        TokenSelection everyToken = TokenSelection.all(batch, gridTokens);
        this.allRows = Nd4j.createFromArray(everyToken.rows());
        this.allPositions = Nd4j.createFromArray(everyToken.positions());
        this.recallAt = List.copyOf(recallAt);
        this.memory = PoolingMemoryManager.installOn(graph);
    }

    /** Scores every task with the training graph's current weights. */
    public List<FamilyScores> evaluate(List<EvalTask> tasks) {
        DualEncoderGraph.copyWeights(trainedGraph, graph);
        return tasks.stream().map(task -> score(task.set(), task.variant())).toList();
    }

    private FamilyScores score(EvalSet set, String variant) {
        float[][] videos = embed(set.videos(), null, DualEncoderGraph.VIDEO_EMBEDDING);
        float[][] texts = embed(set.tokens(), set.tokenMask(), DualEncoderGraph.TEXT_EMBEDDING);
        int n = set.size();
        float[][] textToVideo = new float[n][n];
        float[][] videoToText = new float[n][n];
        boolean[][] relevant = new boolean[n][n];
        for (int q = 0; q < n; q++) {
            for (int c = 0; c < n; c++) {
                float score = dot(texts[q], videos[c]);
                textToVideo[q][c] = score;
                videoToText[c][q] = score;
                relevant[q][c] = set.captions().get(q).equals(set.captions().get(c));
            }
        }
        int[] t2vRanks = RetrievalMetrics.ranks(textToVideo, relevant);
        int[] v2tRanks = RetrievalMetrics.ranks(videoToText, relevant);
        return new FamilyScores(set.family(), variant, recall(t2vRanks), recall(v2tRanks),
                RetrievalMetrics.medianRank(t2vRanks), RetrievalMetrics.medianRank(v2tRanks),
                RetrievalMetrics.pairAccuracy(textToVideo, set.reversalOf()), RetrievalMetrics.chanceRecallAt1(relevant));
    }

    private SortedMap<Integer, Double> recall(int[] ranks) {
        SortedMap<Integer, Double> recall = new TreeMap<>();
        recallAt.forEach(k -> recall.put(k, RetrievalMetrics.recallAt(ranks, k)));
        return recall;
    }

    /** Embeds {@code inputs} (clips, or caption tokens with their mask) in chunks of the graph's batch size. */
    private float[][] embed(INDArray inputs, INDArray mask, String output) {
        int n = Math.toIntExact(inputs.size(0));
        float[][] embeddings = new float[n][];
        for (int start = 0; start < n; start += batch) {
            Map<String, INDArray> feeds = mask == null
                    ? Map.of(DualEncoderGraph.VIDEO, BatchRows.of(inputs, start, batch),
                            TubeletEmbedding.TOKEN_ROWS, allRows, TubeletEmbedding.TOKEN_POSITIONS, allPositions)
                    : Map.of(TextEncoder.TOKENS, BatchRows.of(inputs, start, batch),
                            TextEncoder.MASK, BatchRows.of(mask, start, batch));
            INDArray result = graph.output(feeds, output).get(output);
            for (int row = 0; row < batch && start + row < n; row++) {
                embeddings[start + row] = result.getRow(row).toFloatVector();
            }
            if (!memory.owns(result)) {
                result.close();
            }
            memory.resetWindow();
        }
        return embeddings;
    }

    private static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
