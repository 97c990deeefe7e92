package org.vfelab.tracking;

/**
 * One logged metric value, a line {@code "timestamp value step"} of a FileStore metric file; reports plot
 * {@code value} against {@code step} and use {@code timestamp} for throughput.
 *
 * @param timestamp milliseconds since the epoch when the value was logged
 */
public record MetricPoint(long timestamp, double value, long step) {
}
