/** Input samplers: how a clip's tubelet tokens are chosen (masking), bound by name in {@link org.vfelab.sampling.SamplingModule}. */
package org.vfelab.sampling;
