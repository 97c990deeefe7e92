package org.vfelab.spec;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which transformer layers of the video encoder train: {@code all}, or {@code last-K} (the paper's LONG-ViViT
 * stage trains the last four). With {@code last-K}, the tubelet embedding, the position embeddings and every
 * earlier layer are frozen; the pooling, the heads and the text tower still train.
 *
 * @param last the number of trailing layers that train; 0 means all
 */
public record TrainableLayers(int last) {
    private static final Pattern LAST_K = Pattern.compile("last-(\\d{1,4})");

    /** Every layer trains. */
    public static final TrainableLayers ALL = new TrainableLayers(0);

    /** Not negative. */
    public TrainableLayers {
        Check.atLeast("trainable_layers", last, 0);
    }

    /** Parses {@code all} or {@code last-K} with K at least 1; empty for anything else. */
    public static Optional<TrainableLayers> parse(String text) {
        if ("all".equals(text)) {
            return Optional.of(ALL);
        }
        Matcher m = LAST_K.matcher(text);
        return m.matches() && Integer.parseInt(m.group(1)) > 0
                ? Optional.of(new TrainableLayers(Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    /** Whether layer {@code index} of a {@code depth}-layer encoder trains. */
    public boolean trains(int index, int depth) {
        return last == 0 || index >= depth - last;
    }

    /** The descriptor form: {@code all} or {@code last-K}. */
    public String key() {
        return last == 0 ? "all" : "last-" + last;
    }
}
