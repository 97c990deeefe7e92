package org.vfelab.experiments.runner;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskStart;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the first attempt of each trial's Spark task started, by the trial's job group, as Spark's listener bus
 * reports it. When Spark runs a task again after losing its executor, the later attempt knows only its own
 * executor; this is how the driver still tags the lost attempt's run with the executor it died on.
 */
final class TaskPlaces extends SparkListener {

    /** Spark's local property that holds the job group a job was submitted under. */
    private static final String JOB_GROUP = "spark.jobGroup.id";

    private final Map<Integer, String> groupOfStage = new ConcurrentHashMap<>();
    private final Map<String, TrialHost.Executor> firstStart = new ConcurrentHashMap<>();

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        Properties properties = submitted.properties();
        String group = properties == null ? null : properties.getProperty(JOB_GROUP);
        if (group != null) {
            groupOfStage.put(submitted.stageInfo().stageId(), group);
        }
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart start) {
        String group = groupOfStage.get(start.stageId());
        if (group != null) {
            firstStart.putIfAbsent(group, new TrialHost.Executor(start.taskInfo().executorId(),
                    start.taskInfo().host()));
        }
    }

    /** The executor the first attempt of the group's task started on, once the listener bus has said so. */
    Optional<TrialHost.Executor> firstAttempt(String group) {
        return Optional.ofNullable(firstStart.get(group));
    }

    /** Forgets a group whose job has ended. */
    void forget(String group) {
        firstStart.remove(group);
        groupOfStage.values().removeIf(group::equals);
    }
}
