package org.vfelab.core.plugin;

import org.vfelab.spec.ModelSpec;

/** Builds a backbone for a trial; plugin modules bind one per short name in a {@code MapBinder}. */
@FunctionalInterface
public interface BackboneFactory {
    Backbone create(ModelSpec model);
}
