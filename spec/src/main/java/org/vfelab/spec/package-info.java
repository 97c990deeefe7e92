/**
 * Experiment descriptors: the immutable, validated records a trial is built from ({@link
 * org.vfelab.spec.ExperimentSpec} and its sections), the strict YAML loader that produces them
 * ({@link org.vfelab.spec.ExperimentLoader}: every problem at once, with key path and line:column), and
 * the flat MLflow parameters and resolved YAML they are recorded as. Defaults live in one place, the resource
 * {@code org/vfelab/spec/defaults.yaml}, which is also the schema of allowed keys.
 */
package org.vfelab.spec;
