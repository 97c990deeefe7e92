package org.vfelab.experiments.cli;

import java.util.List;

/**
 * The sweeps {@code vfe reproduce} runs, in the order it runs them, and the finding each one judges. Each is a
 * shipped sweep file, sized to show its finding where it appears (F1 across the scale ladder, the others at the rung
 * their header names) within the budget its header states; the cheap memory-only sweep goes first after the ladder
 * so that a reproduction stopped early still judges as many findings as it can.
 *
 * @param findingId   F1 to F6
 * @param file        the sweep file's name in the sweeps folder
 * @param maxParallel the most trials of this sweep at once, whatever {@code --max-parallel} says: the ViT-L
 *                    trials of fig3 take ~12 GB each, and two would not fit a 24 GB machine
 */
record FindingsSweeps(String findingId, String file, int maxParallel) {

    private static final int ANY = Integer.MAX_VALUE;

    static final List<FindingsSweeps> ALL = List.of(
            new FindingsSweeps("F1", "scale-ladder.yaml", ANY),
            new FindingsSweeps("F4", "fig3-base-to-large.yaml", 1),
            new FindingsSweeps("F2", "table1.yaml", ANY),
            new FindingsSweeps("F3", "fig2-backbones-masking.yaml", ANY),
            new FindingsSweeps("F5", "fig4-samplers.yaml", ANY),
            new FindingsSweeps("F6", "long-video.yaml", ANY));

    /** Trials at once for this sweep when the command asks for {@code requested}. */
    int parallel(int requested) {
        return Math.min(requested, maxParallel);
    }
}
