package org.vfelab.core.spec;

import static org.vfelab.core.spec.Check.atLeast;
import static org.vfelab.core.spec.Check.present;

/**
 * The dual encoder: a size preset shared by both towers, the video backbone plugin, how clips are cut into
 * tubelet tokens, the text tower, and the shared embedding width.
 *
 * @param preset     width, depth, heads and MLP width of the transformer layers
 * @param backbone   which video backbone plugin runs over the tubelet tokens
 * @param tubelet    the token size in frames x pixels x pixels
 * @param text       the text tower
 * @param projection width of the joint video-text embedding
 */
public record ModelSpec(ModelPreset preset, BackboneSpec backbone, Tubelet tubelet, TextSpec text, int projection) {

    /** Checks the parts exist; their own ranges are checked by their records. */
    public ModelSpec {
        present("preset", preset);
        present("backbone", backbone);
        present("tubelet", tubelet);
        present("text", text);
        atLeast("projection", projection, 1);
    }
}
