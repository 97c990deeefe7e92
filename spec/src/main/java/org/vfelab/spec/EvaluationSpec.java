package org.vfelab.spec;

import static org.vfelab.spec.Check.require;

import java.util.List;

/**
 * When retrieval is scored and which Recall@K are reported.
 *
 * @param every             steps between evaluations; 0 means only once, after the last step
 * @param recallAt          the K of Recall@K, positive and strictly ascending
 * @param frameShuffleCheck also score clips with shuffled frames, to show whether a model uses frame order
 */
public record EvaluationSpec(int every, List<Integer> recallAt, boolean frameShuffleCheck) {

    /** Checks the interval and the K list, and copies the list. */
    public EvaluationSpec {
        Check.atLeast("every", every, 0);
        recallAt = Check.copy("recall_at", recallAt);
        require(!recallAt.isEmpty(), "recall_at", "must list at least one K, e.g. [1, 5, 10]");
        require(recallAt.get(0) >= 1, "recall_at", "must hold positive K, got " + recallAt);
        for (int i = 1; i < recallAt.size(); i++) {
            require(recallAt.get(i - 1) < recallAt.get(i), "recall_at",
                    "must be strictly ascending, got " + recallAt);
        }
    }
}
