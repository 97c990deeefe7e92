/**
 * Results tables, statistics, the paper's findings, figures and report pages, all generated from trial results, never
 * by hand (docs/architecture.md, design rule "figures from the results table").
 */
package org.vfelab.reports;
