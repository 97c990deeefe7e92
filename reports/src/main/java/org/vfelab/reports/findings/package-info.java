/**
 * The paper's findings F1-F6 (docs/paper.md) checked against a results table: each finding gets a verdict
 * and the numbers behind it, so the report states honestly which findings our runs reproduce at their scale, which
 * they contradict and which they cannot decide yet.
 */
package org.vfelab.reports.findings;
