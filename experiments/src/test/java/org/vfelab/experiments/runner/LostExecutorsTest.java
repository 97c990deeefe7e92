package org.vfelab.experiments.runner;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LostExecutorsTest {

    @Test
    void aJobFailedByItsExecutorsLossNamesTheExecutor() {
        String message = "Job aborted due to stage failure: Task 0 in stage 3.0 failed 1 times, most recent failure: "
                + "Lost task 0.0 in stage 3.0 (TID 3) (10.0.0.7 executor 12): ExecutorLostFailure (executor 12 "
                + "exited caused by one of the running tasks) Reason: Remote RPC client disassociated.\nDriver "
                + "stacktrace:\n\tat org.apache.spark.scheduler.DAGScheduler...";

        assertThat(LostExecutors.in(message)).contains(new TrialHost.Executor("12", "10.0.0.7"));
    }

    @Test
    void aTaskThatFailedOnALiveExecutorIsNoLoss() {
        String message = "Job aborted due to stage failure: Task 0 in stage 0.0 failed 1 times, most recent failure: "
                + "Lost task 0.0 in stage 0.0 (TID 0) (127.0.0.1 executor driver): java.io.UncheckedIOException: "
                + "cannot start the trial's JVM";

        assertThat(LostExecutors.in(message)).isEmpty();
        assertThat(LostExecutors.in("Job 4 cancelled part of cancelled job group vfe-trial-x")).isEmpty();
        assertThat(LostExecutors.in(null)).isEmpty();
    }
}
