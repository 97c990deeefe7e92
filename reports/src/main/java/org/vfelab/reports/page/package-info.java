/**
 * The report a user puts in a paper: the results table, figures, tables, statistics and findings, written as
 * {@code results.csv}, {@code figures/*.png|svg}, {@code report.md} and a self-contained {@code index.html}.
 */
package org.vfelab.reports.page;
