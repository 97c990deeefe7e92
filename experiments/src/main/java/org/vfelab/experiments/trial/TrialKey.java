package org.vfelab.experiments.trial;

import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.SpecParams;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A trial's stable identity: a hash of its fully resolved spec (every key, defaults included), not of the file
 * text, so reformatting a descriptor keeps the key and changing any value changes it. Where the run is recorded
 * (the experiment {@code name} and the {@code tracking} section) is not part of what the trial is, so a sweep, which
 * records its trials under its own name, finds the same trial under the same key.
 */
public final class TrialKey {

    private static final int HEX_CHARS = 16;

    /**
     * Keys added after trials were first recorded, at the value that reproduces what those trials did. Left out of
     * the hash at that value, so a new key does not change every earlier trial's identity (and rerun it).
     */
    private static final Map<String, String> LATER_KEYS_AT_THEIR_FIRST_RELEASE_VALUE = Map.ofEntries(
            Map.entry("task.type", "contrastive"),
            Map.entry("task.language_model", ""),
            Map.entry("task.time_chunks", "1"),
            Map.entry("task.latents", "8"),
            Map.entry("task.resampler_depth", "1"),
            Map.entry("model.temporal_interpolation", "linear"),
            Map.entry("data.events", "2"),
            Map.entry("data.video.index", ""),
            Map.entry("data.video.root", ""),
            Map.entry("data.video.sampling", "uniform"),
            Map.entry("data.video.fps", "2.0"),
            Map.entry("data.video.cache", ""),
            Map.entry("data.video.vocab_size", "64"));

    private TrialKey() {
    }

    public static String of(ExperimentSpec spec) {
        return of(SpecParams.flatten(spec));
    }

    /**
     * The key of a spec given as its params ({@link SpecParams#flatten}), possibly with some values recorded in
     * place of the ones trained with: a sweep stage keys its checkpoint keys as {@code @<parent trial key>}.
     */
    public static String of(Map<String, String> flattened) {
        SortedMap<String, String> params = new TreeMap<>(flattened);
        params.remove("name");
        params.keySet().removeIf(key -> key.startsWith("tracking."));
        LATER_KEYS_AT_THEIR_FIRST_RELEASE_VALUE.forEach((key, value) -> params.remove(key, value));
        StringBuilder canonical = new StringBuilder();
        for (Map.Entry<String, String> entry : params.entrySet()) {
            canonical.append(entry.getKey()).append('=').append(entry.getValue()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
