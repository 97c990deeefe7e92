/**
 * Training: the manual Adam loop with its warm-up + cosine schedule, per-step measurement of time and live tensor
 * memory, periodic and final evaluation, and the listener interface through which progress and tracking observe it.
 */
package org.vfelab.core.train;
