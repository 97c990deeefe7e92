/**
 * The results table every figure, table and finding is fed from (docs/architecture.md, design rule "figures from the results table"): one row per trial, read from
 * MLflow runs, written as {@code results.csv} and read back from it; and which of its trials form the long-video
 * chain, and at which stage, for the long-video table, its figure and F6.
 */
package org.vfelab.reports.results;
