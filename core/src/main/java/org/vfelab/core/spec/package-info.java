/**
 * Experiment descriptors: the immutable, validated records a trial is built from ({@link
 * org.vfelab.core.spec.ExperimentSpec} and its sections), the strict YAML loader that produces them
 * ({@link org.vfelab.core.spec.ExperimentLoader}: every problem at once, with key path and line:column), and
 * the flat MLflow parameters and resolved YAML they are recorded as. Defaults live in one place, the resource
 * {@code org/vfelab/core/spec/defaults.yaml}, which is also the schema of allowed keys.
 */
package org.vfelab.core.spec;
