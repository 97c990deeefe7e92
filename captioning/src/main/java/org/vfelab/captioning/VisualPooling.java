package org.vfelab.captioning;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vfelab.core.plugin.TokenGrid;
import org.vfelab.core.plugin.TokenSelection;

/**
 * Temporal mean pooling of a video encoder's tokens to a fixed number, as a matrix the graph multiplies the
 * tokens by: output {@code c * S + s} is the mean of the kept tokens at spatial position s whose time slot falls
 * in the c-th of {@code chunks} equal spans of the clip. With masking some outputs may have no kept token; they
 * are zero. Built in Java from the token selection, so masked and unmasked clips pool alike.
 */
final class VisualPooling {

    private VisualPooling() {
    }

    /** Pooled tokens per clip: {@code chunks x} spatial positions. */
    static int outputs(TokenGrid grid, int chunks) {
        return Math.min(chunks, grid.timeSlots()) * grid.spatialTokens();
    }

    /** FLOAT {@code [batch, outputs, kept]}: row o of clip b averages the kept tokens that pool into o. */
    static INDArray matrix(TokenSelection selection, TokenGrid grid, int chunks) {
        int spans = Math.min(chunks, grid.timeSlots());
        int outputs = outputs(grid, chunks);
        int kept = selection.keptPerClip();
        int[] positions = selection.positions();
        float[] weights = new float[selection.batch() * outputs * kept];
        for (int b = 0; b < selection.batch(); b++) {
            int[] counts = new int[outputs];
            for (int k = 0; k < kept; k++) {
                counts[output(positions[b * kept + k], grid, spans)]++;
            }
            for (int k = 0; k < kept; k++) {
                int o = output(positions[b * kept + k], grid, spans);
                weights[(b * outputs + o) * kept + k] = 1f / counts[o];
            }
        }
        return Nd4j.create(weights, new long[] {selection.batch(), outputs, kept}, DataType.FLOAT);
    }

    private static int output(int gridPosition, TokenGrid grid, int spans) {
        int slot = gridPosition / grid.spatialTokens();
        int spatial = gridPosition % grid.spatialTokens();
        return (slot * spans / grid.timeSlots()) * grid.spatialTokens() + spatial;
    }
}
