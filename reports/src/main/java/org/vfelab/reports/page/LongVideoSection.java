package org.vfelab.reports.page;

import org.vfelab.reports.figures.LongVideoScatterFigure;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.tables.Html;
import org.vfelab.reports.tables.LongVideoTable;
import org.vfelab.reports.tables.ReportTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's long-video section (the paper's Table 3 and its memory scatter): the scatter of both stages' peak
 * memory coloured by Rouge-L, once a video-to-text stage has finished, and the long-video table. The report has it
 * only when its runs include the long-video chain.
 */
final class LongVideoSection {

    static final String TITLE = "Long video";
    static final String FIGURE = "long-video-memory";
    private static final String CAPTION = "Contrastive training vs video-to-text peak memory per model, coloured by "
            + "Rouge-L; means over seeds, error bars: 95 % CI";
    private static final String TABLE = "Long clips (Table 3 shape): retrieval on long clips, video-to-text scores "
            + "and each stage's peak memory, mean ± 95 % CI over seeds (finished trials only; – where none).";

    private LongVideoSection() {
    }

    /** Draws the figure into {@code dir} when it applies, and the table. */
    static ReportPart.Written write(ResultsTable results, Path dir) {
        List<Path> files = new ArrayList<>();
        StringBuilder md = new StringBuilder();
        StringBuilder html = new StringBuilder();
        if (LongVideoScatterFigure.applies(results)) {
            ReportFigure.Shown shown = new ReportFigure(FIGURE, CAPTION, new LongVideoScatterFigure().chart(results))
                    .write(dir);
            files.addAll(shown.files());
            md.append(shown.markdown());
            html.append(shown.html());
        }
        ReportTable table = LongVideoTable.of(results);
        md.append(TABLE).append("\n\n").append(table.markdown());
        html.append("<p>").append(Html.escape(TABLE)).append("</p>\n").append(table.html());
        return new ReportPart.Written(List.of(new Section(TITLE, md.toString(), html.toString())), files);
    }
}
