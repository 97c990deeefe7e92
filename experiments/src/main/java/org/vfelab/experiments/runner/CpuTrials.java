package org.vfelab.experiments.runner;

import java.util.Map;

/**
 * How many trials share the CPU at once when the user does not say: one per group of cores a trial uses, i.e. with
 * {@code ./vfe}'s one ND4J thread per trial, one trial per core.
 *
 * <p>Why: a second thread does not speed one trial up on small machines (bench-b joint at mask 0.75: 231 ms at one
 * thread, 284 ms at two on a busy 2-core machine; libnd4j's per-op parallel regions are too short), while a second trial beside the
 * first doubles a sweep's throughput.
 */
public final class CpuTrials {

    private static final String THREADS = "OMP_NUM_THREADS";

    private CpuTrials() {
    }

    /** Trials at once on {@code cores} cores, each with the ND4J threads {@code environment} gives it. */
    public static int atOnce(Map<String, String> environment, int cores) {
        return Math.max(1, cores / threadsPerTrial(environment, cores));
    }

    /** ND4J threads of each trial JVM: {@code OMP_NUM_THREADS}, inherited, or else every core. */
    public static int threadsPerTrial(Map<String, String> environment, int cores) {
        String threads = environment.get(THREADS);
        return threads != null && threads.matches("[1-9]\\d*") ? Integer.parseInt(threads) : cores;
    }
}
