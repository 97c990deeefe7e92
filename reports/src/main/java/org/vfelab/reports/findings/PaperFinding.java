package org.vfelab.reports.findings;

/**
 * A finding check with its id and the paper's own account of the finding held once, so each check class states
 * them as constants and only implements the check itself.
 */
abstract class PaperFinding implements FindingCheck {

    private final String id;
    private final String paper;

    /**
     * @param id    F1 to F6
     * @param paper what the paper reports, its own numbers where it publishes them
     */
    PaperFinding(String id, String paper) {
        this.id = id;
        this.paper = paper;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String paper() {
        return paper;
    }
}
