/**
 * Model weights on disk, so that one trial can start from another's: {@link org.vfelab.core.checkpoint.CheckpointFiles}
 * writes and reads a self-describing zip (the resolved descriptor plus every parameter),
 * {@link org.vfelab.core.checkpoint.CheckpointInit} loads one into a freshly built graph for
 * {@code model.init_from}, copying what fits, inflating an image model's patch kernel into a video model's tubelet
 * kernel ({@link org.vfelab.spec.KernelInflation}), resampling a space-time position table along time
 * for clips of another length ({@link org.vfelab.spec.PositionInterpolation}) and reporting what it did,
 * and {@link org.vfelab.core.checkpoint.ModelParameters} is the single rule for which graph variables are weights.
 */
package org.vfelab.core.checkpoint;

import org.vfelab.spec.PositionInterpolation;

import org.vfelab.spec.KernelInflation;
