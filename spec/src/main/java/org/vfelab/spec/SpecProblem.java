package org.vfelab.spec;

/**
 * One thing wrong with a descriptor, located well enough to fix without reading the loader:
 * {@code experiments/x.yaml:5:19: model.backbone.type: unknown backbone 'jointt' (known: joint)}.
 *
 * @param source  the file as the user named it, {@code --set} for a command-line override, {@code params}
 *                for a run's parameters
 * @param line    1-based line, 0 when the source has no lines
 * @param column  1-based column, 0 when the source has no lines
 * @param path    dotted key path such as {@code training.steps}, empty for the file as a whole
 * @param message what is wrong and what is allowed
 */
public record SpecProblem(String source, int line, int column, String path, String message) {

    /** {@code source[:line:column]: [path: ]message}. */
    public String render() {
        StringBuilder out = new StringBuilder(source);
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        out.append(": ");
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
