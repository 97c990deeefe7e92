/**
 * The results table every figure, table and finding is fed from (style rule 13): one row per trial, read from
 * MLflow runs, written as {@code results.csv} and read back from it.
 */
package org.vfelab.reports.results;
