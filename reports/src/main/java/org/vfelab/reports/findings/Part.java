package org.vfelab.reports.findings;

/** One part of a finding's claim with its own verdict and numbers, so the evidence says which part failed. */
record Part(Verdict verdict, String evidence) {

    static Part judged(boolean holds, String evidence) {
        return new Part(holds ? Verdict.SUPPORTED : Verdict.NOT_SUPPORTED, evidence);
    }

    /** A part whose runs are there but did not learn: {@code evidence} says how far from chance they stayed. */
    static Part unlearned(String evidence) {
        return new Part(Verdict.NOT_ENOUGH_EVIDENCE, evidence);
    }

    /** A part that cannot be checked: {@code runs} names what would have to be in the table. */
    static Part missing(String runs) {
        return new Part(Verdict.NOT_ENOUGH_EVIDENCE, "needs " + runs);
    }
}
