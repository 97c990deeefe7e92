package org.vfelab.spec;

/**
 * The kinds of plugins a descriptor names by a short lowercase word; the word appears in load errors, and the
 * section is where the descriptor names the plugin ({@code <section>.type}) and where its own settings go.
 */
public enum PluginKind {
    DATASET("dataset", "data"),
    BACKBONE("backbone", "model.backbone"),
    SAMPLER("sampler", "sampling"),
    LOSS("loss", "loss"),
    TASK("task", "task");

    private final String word;
    private final String section;

    PluginKind(String word, String section) {
        this.word = word;
        this.section = section;
    }

    /** The descriptor section holding {@code type} and the plugins' own settings, e.g. {@code model.backbone}. */
    public String section() {
        return section;
    }

    /** The noun used in messages, as in {@code unknown backbone 'jointt'}. */
    public String word() {
        return word;
    }
}
