/** Tables and (later) figures and reports generated from trial results, never by hand (style rule 13). */
package org.vfelab.reports;
