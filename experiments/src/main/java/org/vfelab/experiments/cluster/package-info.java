/**
 * A Spark standalone cluster on this machine (a master and workers, each its own JVM on loopback, from the jars vfe
 * already bundles): for trying {@code vfe sweep --executor spark} on a cluster before having one, and as the fixture
 * of the tests that run sweeps on one.
 */
package org.vfelab.experiments.cluster;
