package org.vfelab.movingshapes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.Vocabulary;

/**
 * Turns a script into a caption of either family. Appearance captions list objects in the canonical order of
 * {@link ShapeObject#CANONICAL}, not in motion order, so they say nothing about time; temporal captions list the
 * motion events in order, joined by "then".
 */
final class CaptionWriter {
    /** Longest appearance caption in words: "a red square and a blue circle". */
    static final int MAX_APPEARANCE_WORDS = 7;
    /** Words of one temporal event: "the red square moves left". */
    static final int EVENT_WORDS = 5;

    private CaptionWriter() {
    }

    static String caption(ClipScript script, CaptionFamily family) {
        return switch (family) {
            case APPEARANCE -> appearance(script);
            case TEMPORAL -> temporal(script);
        };
    }

    /**
     * Longest caption in words of clips with {@code events} motion events: appearance captions do not depend on
     * them, a temporal caption is {@code events} clauses of {@value #EVENT_WORDS} words joined by "then" (11 words
     * for 2 events, 23 for 4).
     */
    static int maxWords(CaptionFamily family, int events) {
        return family == CaptionFamily.APPEARANCE ? MAX_APPEARANCE_WORDS : EVENT_WORDS * events + events - 1;
    }

    /** "a red square and a blue circle". */
    static String appearance(ClipScript script) {
        return script.objects().stream()
                .sorted(ShapeObject.CANONICAL)
                .map(o -> "a " + o.phrase())
                .collect(Collectors.joining(" and "));
    }

    /** "the red square moves left then the blue circle moves up". */
    static String temporal(ClipScript script) {
        List<MotionEvent> events = script.events();
        return events.stream()
                .map(e -> "the " + script.objectOf(e).phrase() + " moves " + e.direction().word())
                .collect(Collectors.joining(" then "));
    }

    /** The benchmark's vocabulary: every word a caption can use, in a fixed order that fixes the token ids. */
    static Vocabulary vocabulary() {
        List<String> words = new ArrayList<>(List.of("a", "and", "the", "moves", "then"));
        for (Colour c : Colour.values()) {
            words.add(c.word());
        }
        for (ShapeKind k : ShapeKind.values()) {
            words.add(k.word());
        }
        for (Direction d : Direction.values()) {
            words.add(d.word());
        }
        return new Vocabulary(words);
    }
}
