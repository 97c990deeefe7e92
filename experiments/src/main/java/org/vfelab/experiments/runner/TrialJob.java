package org.vfelab.experiments.runner;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a trial's JVM is given, wherever it runs: its descriptor, the tracking store and the child run to log into,
 * and, for a stage of a chain, how its checkpoint keys are recorded and which parent runs their files came from.
 * Serializable, so a Spark task carries it to its executor.
 *
 * @param key            the trial key, for file names
 * @param descriptorYaml the descriptor the trial trains, checkpoint keys naming files on the driver
 * @param trackingUri    the store the driver uses
 * @param runId          the child run the driver opened for the trial
 * @param recordedAs     planned values of the checkpoint keys ({@code @<parent trial key>}), by dotted key
 * @param checkpointRuns the parent run whose {@code checkpoint.zip} each checkpoint key names, for a Spark executor,
 *                       which may not see the driver's files, to fetch its own copy from the store
 */
record TrialJob(String key, String descriptorYaml, String trackingUri, String runId, Map<String, String> recordedAs,
                Map<String, String> checkpointRuns) implements Serializable {

    private static final long serialVersionUID = 1L;

    TrialJob {
        recordedAs = Map.copyOf(recordedAs);
        checkpointRuns = Map.copyOf(checkpointRuns);
    }

    /**
     * The CLI arguments of the trial: {@code run DESCRIPTOR --tracking-uri URI --sweep-child RUN ...}.
     *
     * @param descriptor where {@link #descriptorYaml} was written on the machine the trial runs on
     * @param overrides  {@code --set} values on top of the descriptor: checkpoint files fetched on that machine
     */
    List<String> arguments(Path descriptor, Map<String, String> overrides) {
        List<String> arguments = new ArrayList<>(List.of("run", descriptor.toString(), "--tracking-uri", trackingUri,
                "--sweep-child", runId));
        recordedAs.forEach((dotted, value) -> arguments.addAll(List.of("--recorded-as", dotted + "=" + value)));
        overrides.forEach((dotted, value) -> arguments.addAll(List.of("--set", dotted + "=" + value)));
        return arguments;
    }
}
