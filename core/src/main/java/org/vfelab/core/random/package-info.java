/** Seeded random streams: every random choice of a trial derives from its seed (docs/architecture.md, design rule "seeded randomness"). */
package org.vfelab.core.random;
