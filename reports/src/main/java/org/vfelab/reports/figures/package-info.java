/**
 * The paper's ablation figures drawn from a {@link org.vfelab.reports.results.ResultsTable}, one class per figure
 * (docs/architecture.md, design rule "figures from the results table"): each computes the data it plots as records that tests check, then builds a JFreeChart from exactly
 * that data, which {@link org.vfelab.reports.figures.FigureFiles} writes as PNG and SVG. A figure over a sweep whose
 * trials all failed still renders, saying so, because the report is written over failed sweeps too.
 */
package org.vfelab.reports.figures;
