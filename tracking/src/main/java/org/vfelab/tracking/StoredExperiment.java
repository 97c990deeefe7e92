package org.vfelab.tracking;

/**
 * An experiment as read from a local store's {@code <id>/meta.yaml}: what a report or a sweep needs to find its
 * runs by experiment name, since MLflow ids are random numbers.
 *
 * @param artifactLocation the experiment's artifact root URI, e.g. {@code file:///abs/mlruns/123}
 * @param lifecycleStage   {@code active} or {@code deleted}
 */
public record StoredExperiment(String id, String name, String artifactLocation, String lifecycleStage,
                               long creationTime, long lastUpdateTime) {
}
