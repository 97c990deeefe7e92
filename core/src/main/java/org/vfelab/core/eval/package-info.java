/**
 * Zero-shot retrieval evaluation: text-to-video and video-to-text Recall@K, median rank and the clip-vs-reversed
 * pair accuracy, per caption family, with duplicate captions counted as correct answers.
 */
package org.vfelab.core.eval;
