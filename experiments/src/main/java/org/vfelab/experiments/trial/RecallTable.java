package org.vfelab.experiments.trial;

import org.vfelab.core.eval.FamilyScores;
import org.vfelab.reports.TextTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The recall table printed at the end of a trial: one row per eval set (caption family, and perturbed variants
 * such as shuffled frames), text-to-video and video-to-text Recall@K, median ranks, the clip-vs-reversed pair
 * accuracy and the chance level of Recall@1.
 */
public final class RecallTable {

    private RecallTable() {
    }

    public static String render(List<FamilyScores> scores) {
        if (scores.isEmpty()) {
            return "(no evaluation)\n";
        }
        List<Integer> ks = List.copyOf(scores.get(0).textToVideoRecall().keySet());
        List<String> header = new ArrayList<>(List.of("eval set"));
        ks.forEach(k -> header.add("T2V R@" + k));
        header.add("T2V MdR");
        ks.forEach(k -> header.add("V2T R@" + k));
        header.add("V2T MdR");
        header.add("pair acc");
        header.add("chance R@1");
        TextTable table = new TextTable(header);
        for (FamilyScores s : scores) {
            List<String> row = new ArrayList<>(List.of(s.variant().isEmpty() ? s.family().key()
                    : s.family().key() + " (" + s.variant() + " frames)"));
            ks.forEach(k -> row.add(fixed(s.textToVideoRecall().get(k))));
            row.add(fixed1(s.textToVideoMedianRank()));
            ks.forEach(k -> row.add(fixed(s.videoToTextRecall().get(k))));
            row.add(fixed1(s.videoToTextMedianRank()));
            row.add(Double.isNaN(s.pairAccuracy()) ? "-" : fixed(s.pairAccuracy()));
            row.add(fixed(s.chanceRecallAt1()));
            table.row(row);
        }
        return table.render();
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static String fixed1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
