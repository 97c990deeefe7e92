package org.vfelab.spec;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What one component of a plugin's settings record means, in the words the descriptor reference and
 * {@code vfe inspect --reference} show beside its key; on the record itself, what its subsection holds. Lives on
 * the component so the meaning is written once, next to the value it describes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface Setting {
    /** The meaning, e.g. {@code rank r of each low-rank update}. */
    String value();
}
