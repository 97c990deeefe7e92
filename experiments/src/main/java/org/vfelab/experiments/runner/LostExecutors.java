package org.vfelab.experiments.runner;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads from the message of a failed Spark job whether its task was lost with its executor, and which executor:
 * Spark ends a job whose task failed {@code spark.task.maxFailures} times with "... most recent failure: Lost task 0.0
 * in stage 3.0 (TID 3) (HOST executor ID): REASON", where REASON starts with {@code ExecutorLostFailure} when the
 * executor went away (killed, or its worker died) rather than the task failing on it.
 */
final class LostExecutors {

    private static final Pattern LOST = Pattern.compile("\\((\\S+) executor (\\S+)\\): ExecutorLostFailure\\b");

    private LostExecutors() {
    }

    /** The executor whose loss failed the job, if the message says that is what failed it. */
    static Optional<TrialHost.Executor> in(String message) {
        Matcher matcher = LOST.matcher(message == null ? "" : message);
        return matcher.find() ? Optional.of(new TrialHost.Executor(matcher.group(2), matcher.group(1)))
                : Optional.empty();
    }
}
