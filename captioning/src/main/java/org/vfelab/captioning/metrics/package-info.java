/**
 * Captioning metrics: {@link org.vfelab.captioning.metrics.CaptionMetrics} scores generated captions with ROUGE-L
 * and CIDEr-D exactly as the COCO caption evaluation does, so that captioning scores can be set beside published
 * ones. Kept apart from the models because they are pure text arithmetic, with no graph or dataset.
 */
package org.vfelab.captioning.metrics;
