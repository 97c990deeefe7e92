package org.vfelab.experiments.sweep;

/**
 * A checkpoint key of a trial that names the checkpoint of an earlier stage of its sweep, written {@code @id} in
 * the sweep file: the trial starts from what {@code parent} trained, and only once it has finished.
 *
 * @param key    the dotted descriptor key, such as {@code model.init_from}
 * @param id     the id of the parent's arm
 * @param parent the trial of that arm with the same seed
 */
public record StageLink(String key, String id, PlannedTrial parent) {
}
