/** The word tokenizer that a {@code video-files} dataset learns from its training captions. */
package org.vfelab.video.text;
