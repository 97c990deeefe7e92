package org.vfelab.reports.figures;

import java.util.Locale;

/**
 * One model of the long-video scatter: what each of its two training stages cost in memory and the Rouge-L its
 * captions reached, means over seeds, kept as data so tests check what is plotted rather than pixels.
 *
 * @param x      contrastive training peak memory in GB
 * @param xError its 95 % half-width over seeds; NaN with one seed
 * @param y      video-to-text tuning peak memory in GB
 * @param yError its 95 % half-width over seeds; NaN with one seed
 * @param rougeL the Rouge-L of the video-to-text stage, which colours the point
 */
public record LongVideoPoint(String model, double x, double xError, double y, double yError, double rougeL) {

    /** The text drawn next to the point: {@code LONG-ViViT, Rouge-L 0.512}, so the colour is not the only cue. */
    public String label() {
        return model + ", Rouge-L " + String.format(Locale.ROOT, "%.3f", rougeL);
    }
}
