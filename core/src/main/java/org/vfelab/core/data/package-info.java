/**
 * The video-text dataset contract that the trainer and evaluator code against: {@link
 * org.vfelab.core.data.VideoTextDataset}, {@code VideoTextBatch}, {@code EvalSet}, {@code ClipShape}, the caption
 * families and the {@code Vocabulary}. The datasets themselves are plugins in their own modules
 * ({@code moving-shapes}, {@code video}), registered by name ({@code data.type}).
 */
package org.vfelab.core.data;
