package org.vfelab.core.train;

import org.vfelab.core.checkpoint.InitReport;

import java.util.Optional;

/**
 * What a trial is about to train, reported before the first step so a wrong freeze or a checkpoint that did not
 * fit shows up at once rather than after the run.
 *
 * @param parameters          every parameter of the dual encoder, frozen ones included
 * @param trainableParameters the parameters the optimizer updates
 * @param tokensPerClip       video tokens per clip in training, after the input sampler
 * @param start               what the starting checkpoint provided; empty for random weights
 */
public record ModelSummary(long parameters, long trainableParameters, int tokensPerClip, Optional<InitReport> start) {
}
