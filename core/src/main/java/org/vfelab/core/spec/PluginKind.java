package org.vfelab.core.spec;

/** The kinds of plugins a descriptor names by a short lowercase word; the word appears in load errors. */
public enum PluginKind {
    DATASET("dataset"),
    BACKBONE("backbone"),
    SAMPLER("sampler"),
    LOSS("loss");

    private final String word;

    PluginKind(String word) {
        this.word = word;
    }

    /** The noun used in messages, as in {@code unknown backbone 'jointt'}. */
    public String word() {
        return word;
    }
}
