package org.vfelab.movingshapes;

import java.util.Comparator;
import java.util.Objects;

/**
 * One shape of a clip, named in captions by colour and kind ("red square"). Objects of one clip have different
 * colours, so the phrase identifies the object, and the canonical order (by colour, then kind) is how appearance
 * captions list objects without revealing which one moved first.
 */
record ShapeObject(ShapeKind kind, Colour colour) {
    /** Canonical order of objects in appearance captions. */
    static final Comparator<ShapeObject> CANONICAL =
            Comparator.comparing(ShapeObject::colour).thenComparing(ShapeObject::kind);

    ShapeObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(colour, "colour");
    }

    /** "red square". */
    String phrase() {
        return colour.word() + " " + kind.word();
    }
}
