/** Statistics over seeds with Apache Commons Math: means with 95 % confidence intervals, and paired tests. */
package org.vfelab.reports.stats;
