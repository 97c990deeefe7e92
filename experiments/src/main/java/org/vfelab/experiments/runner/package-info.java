/**
 * Running a sweep: each planned trial in its own JVM (so memory is returned and a crash takes only that trial),
 * resumable by trial key from the runs already in the tracking store, one trial per device slot at a time, a
 * stage of a chain only once the stages it starts from have finished, with every outcome (finished, oom, diverged,
 * timeout, error, killed, skipped-budget, skipped-parent) recorded in a child run of the sweep's MLflow run. The
 * trials' JVMs run on this machine or, one Spark task each, on the executors of a Spark application
 * ({@code TrialHost}); nothing else depends on where.
 */
package org.vfelab.experiments.runner;
