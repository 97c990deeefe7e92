/**
 * The synthetic {@code moving-shapes} benchmark that stands in for the paper's video-text data, which cannot be
 * fetched here, registered by {@link org.vfelab.movingshapes.MovingShapesModule}; kept out of core so that core
 * holds only the dataset contract ({@link org.vfelab.core.data.VideoTextDataset}) that every dataset plugin meets.
 *
 * <p>{@code moving-shapes} has two caption families ({@link org.vfelab.spec.CaptionFamily}): appearance,
 * answerable from one frame, and temporal, which needs frame order; time-reversed twins in training batches and
 * eval sets make a frame-order-blind model score exactly at chance on the latter. Everything is a deterministic
 * function of the configured seed, and clips are regenerated on demand rather than stored. A clip holds
 * {@code data.events} motion events (2 by default) spread evenly over it, so long clips with more events have
 * temporal captions that only the whole clip answers. {@code moving-shapes-images} is its image view (the
 * paper's image pre-training stage).
 *
 * <p>Public: {@code MovingShapesDataset}, {@code StillFramesDataset} and the module. The generator's parts
 * (scripts, sampler, renderer, captions and their vocabulary) are package-private.
 */
package org.vfelab.movingshapes;
