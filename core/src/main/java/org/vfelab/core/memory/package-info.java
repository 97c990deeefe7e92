/**
 * Measuring memory for real: the peak of live tensor bytes during a training step, counted at SameDiff's session
 * memory manager, and the process RSS sampled beside it.
 */
package org.vfelab.core.memory;
