/** The paper's tables, regenerated from a results table as Markdown and HTML, with statistics over seeds. */
package org.vfelab.reports.tables;
