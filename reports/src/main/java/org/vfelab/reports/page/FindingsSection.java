package org.vfelab.reports.page;

import org.vfelab.reports.findings.Finding;
import org.vfelab.reports.findings.Findings;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.stats.PairedComparison;
import org.vfelab.reports.tables.Html;

import java.util.List;

/** The report's statistics (paired tests over seeds) and its verdict on each of the paper's findings F1-F6. */
final class FindingsSection {

    private FindingsSection() {
    }

    static List<Section> of(ResultsTable results) {
        return List.of(comparisons(Findings.comparisons(results)), findings(Findings.check(results)));
    }

    private static Section comparisons(List<PairedComparison> comparisons) {
        String intro = "Each comparison pairs trials by seed (finished trials only); two-sided paired t-test.";
        if (comparisons.isEmpty()) {
            String none = "No comparison has a seed on both sides in these runs.";
            return new Section("Statistics", intro + " " + none + "\n", "<p>" + intro + " " + none + "</p>\n");
        }
        StringBuilder md = new StringBuilder(intro + "\n\n");
        StringBuilder html = new StringBuilder("<p>" + intro + "</p>\n<ul>\n");
        for (PairedComparison comparison : comparisons) {
            md.append("- ").append(comparison.render()).append('\n');
            html.append("<li>").append(Html.escape(comparison.render())).append("</li>\n");
        }
        return new Section("Statistics", md.toString(), html.append("</ul>\n").toString());
    }

    private static Section findings(List<Finding> findings) {
        StringBuilder md = new StringBuilder("Each of the paper's findings checked against these runs.\n\n");
        StringBuilder html = new StringBuilder("<p>Each of the paper's findings checked against these runs.</p>\n");
        for (Finding finding : findings) {
            String verdict = finding.verdict().inWords();
            md.append("- **").append(finding.id()).append("** ").append(finding.claim()).append(" **")
                    .append(verdict).append(".** ").append(finding.evidence()).append('\n');
            html.append("<p><b>").append(Html.escape(finding.id())).append("</b> ")
                    .append(Html.escape(finding.claim())).append(" <b class=\"")
                    .append(verdict.replace(' ', '-')).append("\">").append(Html.escape(verdict))
                    .append(".</b> ").append(Html.escape(finding.evidence())).append("</p>\n");
        }
        return new Section("Findings", md.toString(), html.toString());
    }
}
