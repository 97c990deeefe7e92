/** Seeded random streams: every random choice of a trial derives from its seed (style rule 12). */
package org.vfelab.core.random;
