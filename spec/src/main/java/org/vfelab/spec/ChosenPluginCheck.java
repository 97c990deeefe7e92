package org.vfelab.spec;

/**
 * A plugin's settings record with checks that apply only when the descriptor chooses that plugin: a captioning
 * task must name its language model, which every other task leaves empty; a video-files dataset's vocabulary must
 * fit the text tower. The loader calls it for the chosen plugin only, once the whole spec is bound, and reports a
 * violation at its key like any other.
 */
public interface ChosenPluginCheck {

    /**
     * @param spec the whole spec, for checks against other sections
     * @throws IllegalArgumentException from {@link Check}, whose key is relative to the plugin's section, or a full
     *                                  dotted path ({@code model.text.vocab}) for a key elsewhere
     */
    void checkChosen(ExperimentSpec spec);
}
