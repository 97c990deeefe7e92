package org.vfelab.reports.findings;

import java.util.Locale;

/**
 * What the runs say about a finding. A finding is a conjunction of parts ("joint keeps recall AND memory falls AND
 * frame-level loses recall"): one part the runs contradict makes it {@link #NOT_SUPPORTED} even if other parts lack
 * runs, because more runs cannot rescue a conjunction with a false member. Runs that did not learn (recall near
 * chance) contradict nothing: a finding read on them is {@link #NOT_ENOUGH_EVIDENCE}, never {@link #NOT_SUPPORTED}.
 */
public enum Verdict {
    /** Every part was checked and holds. */
    SUPPORTED,
    /** At least one part was checked and does not hold. */
    NOT_SUPPORTED,
    /** No part fails, but at least one could not be checked: its runs are missing or did not learn. */
    NOT_ENOUGH_EVIDENCE;

    /** {@code supported}, {@code not supported} or {@code not enough evidence}. */
    public String inWords() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
