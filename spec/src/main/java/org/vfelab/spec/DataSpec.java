package org.vfelab.spec;

import static org.vfelab.spec.Check.atLeast;
import static org.vfelab.spec.Check.require;

import java.util.HashSet;
import java.util.List;
import org.vfelab.spec.CaptionFamily;

/**
 * The video-text data of a trial: which dataset plugin makes the clips, their shape, how many motion events a
 * clip holds, and which caption families are trained and scored (the paper's claims differ by family), and the
 * dataset plugins' own settings (e.g. {@code video-files}' {@code data.video} section). The clip counts and events
 * describe {@code moving-shapes}.
 *
 * @param type            dataset plugin name, e.g. {@code moving-shapes}
 * @param frames          frames per clip
 * @param size            clip height and width in pixels
 * @param events          motion events per clip, spread evenly over it, in [{@value #MIN_EVENTS},
 *                        {@value #MAX_EVENTS}]; 2 is the calibrated benchmark, more make long clips whose
 *                        temporal captions ("... then ... then ...") no short window of the clip can answer
 * @param trainClips      clips in the training split
 * @param evalClips       clips in the evaluation split
 * @param captionFamilies caption families used, distinct, in descriptor order
 * @param settings        every dataset plugin's own settings; a dataset reads its record with {@link #settings(Class)}
 */
public record DataSpec(String type, int frames, int size, int events, int trainClips, int evalClips,
        List<CaptionFamily> captionFamilies, BoundSettings settings) {
    /** Fewest motion events per clip: one move of each of two shapes. */
    public static final int MIN_EVENTS = 2;
    /** Most motion events per clip; a temporal caption of 6 events is 35 words. */
    public static final int MAX_EVENTS = 6;
    /** Checks every range and copies the family list. */
    public DataSpec {
        Check.notBlank("type", type);
        atLeast("frames", frames, 1);
        atLeast("size", size, 1);
        require(events >= MIN_EVENTS && events <= MAX_EVENTS, "events",
                "must be in [" + MIN_EVENTS + ", " + MAX_EVENTS + "], got " + events);
        atLeast("train_clips", trainClips, 1);
        atLeast("eval_clips", evalClips, 1);
        captionFamilies = Check.copy("caption_families", captionFamilies);
        require(!captionFamilies.isEmpty(), "caption_families", "must name at least one of appearance, temporal");
        require(new HashSet<>(captionFamilies).size() == captionFamilies.size(), "caption_families",
                "must not repeat a family, got " + captionFamilies.stream().map(CaptionFamily::key).toList());
        Check.present("settings", settings);
    }

    /** The settings record of type {@code type}, e.g. {@code VideoFilesSettings}. */
    public <S extends Record> S settings(Class<S> type) {
        return settings.of(type);
    }
}
