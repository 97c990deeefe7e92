package org.vfelab.core.spec;

/**
 * The video backbone choice. A record rather than a bare string so the section can grow per-backbone options
 * without changing {@link ModelSpec}.
 *
 * @param type backbone plugin name, e.g. {@code joint} or {@code factorized}
 */
public record BackboneSpec(String type) {

    /** Requires a name; whether the plugin exists is checked against the {@link PluginCatalog} at load. */
    public BackboneSpec {
        Check.notBlank("type", type);
    }
}
