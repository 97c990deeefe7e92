package org.vfelab.spec;

/**
 * A plugin's settings record with checks that apply only when the descriptor chooses that plugin: a captioning
 * task must name its language model, which every other task leaves empty. The loader calls it for the chosen
 * plugin only, and reports a violation at its key like any other.
 */
public interface ChosenPluginCheck {

    /** @throws IllegalArgumentException (from {@link Check}) when the settings do not fit the chosen plugin */
    void checkChosen();
}
