package org.vfelab.core.eval;

import org.vfelab.core.data.EvalSet;

/**
 * One eval set to score, and the name of its variant: empty for a plain caption family, e.g. {@code shuffled}
 * for the same clips with their frames permuted.
 */
public record EvalTask(EvalSet set, String variant) {
}
