/** Running one trial: loading, wiring, training, tracking and the final summary. */
package org.vfelab.experiments.trial;
