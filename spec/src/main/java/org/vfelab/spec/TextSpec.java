package org.vfelab.spec;

import static org.vfelab.spec.Check.atLeast;

/**
 * The text tower; its width and heads come from the {@link ModelPreset}, only depth and input size vary.
 *
 * @param depth     transformer layers in the text tower
 * @param vocab     token vocabulary size
 * @param maxTokens caption length after padding or truncation
 */
public record TextSpec(int depth, int vocab, int maxTokens) {

    /** Depth and length at least 1, a vocabulary of at least 2 tokens. */
    public TextSpec {
        atLeast("depth", depth, 1);
        atLeast("vocab", vocab, 2);
        atLeast("max_tokens", maxTokens, 1);
    }
}
