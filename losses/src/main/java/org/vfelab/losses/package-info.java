/** Contrastive losses for dual encoders, bound by name in {@link org.vfelab.losses.LossesModule}. */
package org.vfelab.losses;
