/**
 * Evaluation. Zero-shot retrieval: text-to-video and video-to-text Recall@K, median rank and the clip-vs-reversed
 * pair accuracy, per caption family, with duplicate captions counted as correct answers. Captioning:
 * {@link org.vfelab.core.eval.CaptionMetrics} scores generated captions with ROUGE-L and CIDEr-D exactly as the
 * COCO caption evaluation does.
 */
package org.vfelab.core.eval;
