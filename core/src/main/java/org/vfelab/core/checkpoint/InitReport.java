package org.vfelab.core.checkpoint;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What starting a model from a checkpoint did to each parameter, logged with the trial so that a surprising
 * result can be traced to weights that were silently new or unused (a renamed block looks exactly like that).
 *
 * @param copied       parameters whose values were copied unchanged
 * @param inflated     parameters inflated from a smaller kernel (the tubelet kernel of an image checkpoint)
 * @param interpolated parameters resampled along time to another number of time slots (the space-time position
 *                     table of a checkpoint trained on clips of another length)
 * @param inherited    parameters the checkpoint lacks, by the checkpoint parameter they were copied from
 * @param fresh        parameters left as initialised, because the checkpoint has nothing for them
 * @param unused       checkpoint parameters that this model has no use for
 */
public record InitReport(List<String> copied, List<String> inflated, List<String> interpolated,
                         Map<String, String> inherited, List<String> fresh, List<String> unused) {

    public InitReport {
        copied = List.copyOf(copied);
        inflated = List.copyOf(inflated);
        interpolated = List.copyOf(interpolated);
        inherited = Collections.unmodifiableSortedMap(new TreeMap<>(inherited));
        fresh = List.copyOf(fresh);
        unused = List.copyOf(unused);
    }

    /** One line for the log, e.g. {@code copied 40, inflated 1, interpolated 0, inherited 12, new 2, unused 0}. */
    public String summary() {
        return "copied " + copied.size() + ", inflated " + inflated.size() + ", interpolated " + interpolated.size()
                + ", inherited " + inherited.size() + ", new " + fresh.size() + ", unused " + unused.size();
    }
}
