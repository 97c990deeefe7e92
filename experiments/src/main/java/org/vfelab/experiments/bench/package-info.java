/**
 * {@code vfe bench}: step time, achieved GFLOP/s against the machine's own GEMM rate, and measured against
 * estimated memory, on fixed configurations, so speed and memory targets are checked by numbers, never by tests.
 */
package org.vfelab.experiments.bench;
