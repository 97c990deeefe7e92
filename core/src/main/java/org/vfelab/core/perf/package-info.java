/**
 * Measuring speed for the benchmark: the FLOPs a training step executes, counted from the matrix multiplies
 * SameDiff runs, and the machine's own GEMM rate at the same shapes as the reference.
 */
package org.vfelab.core.perf;
