/**
 * The video-text dual encoder as SameDiff graphs: tubelet embedding, pre-LN transformer layers, the text tower and
 * the assembly of both towers with a projection head and a contrastive loss. Only ops whose gradients are verified
 * in SameDiff 1.0.0-M2.1 are used (the gradient tests of the experiments module check every backbone and sampler).
 */
package org.vfelab.core.model;
