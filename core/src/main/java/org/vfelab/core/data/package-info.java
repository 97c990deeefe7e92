/**
 * Video-text datasets: the {@link org.vfelab.core.data.VideoTextDataset} contract that the trainer and evaluator
 * code against, and the synthetic {@code moving-shapes} benchmark that replaces the paper's data, which cannot be
 * fetched here.
 *
 * <p>{@code moving-shapes} has two caption families ({@link org.vfelab.core.data.CaptionFamily}): appearance,
 * answerable from one frame, and temporal, which needs frame order; time-reversed twins in training batches and
 * eval sets make a frame-order-blind model score exactly at chance on the latter. Everything is a deterministic
 * function of the configured seed, and clips are regenerated on demand rather than stored. A clip holds
 * {@code data.events} motion events (2 by default) spread evenly over it, so long clips with more events have
 * temporal captions that only the whole clip answers.
 *
 * <p>Public: the contract ({@code VideoTextDataset}, {@code VideoTextBatch}, {@code EvalSet}, {@code ClipShape},
 * {@code Vocabulary}) and {@code MovingShapesDataset}. The generator's parts (scripts, sampler, renderer,
 * captions) are package-private.
 */
package org.vfelab.core.data;
