/**
 * Sweeps: a sweep file (a base experiment plus named arms, or axes expanded as a grid, repeated over seeds) is
 * loaded strictly and expanded, before anything runs, into a frozen list of trials, each with its resolved
 * descriptor and its trial key. Arms may be the stages of a chain (image, then short video, then long video): a
 * stage names the arm whose checkpoint it starts from as {@code @id} and is planned after it.
 */
package org.vfelab.experiments.sweep;
