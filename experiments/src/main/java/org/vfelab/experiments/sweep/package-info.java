/**
 * Sweeps: a sweep file (a base experiment plus named arms, or axes expanded as a grid, repeated over seeds) is
 * loaded strictly and expanded, before anything runs, into a frozen list of trials, each with its resolved
 * descriptor and its trial key.
 */
package org.vfelab.experiments.sweep;
