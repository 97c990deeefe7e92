/**
 * The extension points of vfe-lab: datasets, backbones, input samplers, contrastive losses and tasks. A plugin is
 * one class plus one {@code MapBinder} line in its module, picked by a short lowercase name from the descriptor.
 */
package org.vfelab.core.plugin;
