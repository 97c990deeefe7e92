package org.vfelab.spec;

import static org.vfelab.spec.Check.atLeast;
import static org.vfelab.spec.Check.positive;
import static org.vfelab.spec.Check.present;

/**
 * The {@code data.video} section: where a {@code video-files} dataset finds its videos and captions, how it turns a
 * video into a clip of {@code data.frames} frames of {@code data.size} pixels, where decoded clips are kept, and
 * how large the word vocabulary built from the training captions is. Other datasets ignore it; at its defaults it
 * leaves every earlier trial's key unchanged.
 *
 * @param index     the caption index: a CSV {@code video,caption[,split]} with a header row, or MSR-VTT-style JSON
 *                  ({@code videos} and {@code sentences}); relative to the working directory; empty only for other
 *                  datasets
 * @param root      the folder the index's video paths are relative to; empty for the index's own folder
 * @param sampling  which frames of a video make the clip
 * @param fps       frames per second of video taken by {@link FrameSampling#FPS} sampling
 * @param cache     the folder of decoded clips, shared by every trial that reads the same videos; empty for
 *                  {@value #DEFAULT_CACHE} beside the index
 * @param vocabSize ids of the word tokenizer, its {@value #SPECIAL_TOKENS} special tokens included; at most
 *                  {@code model.text.vocab}
 */
public record VideoFilesSpec(String index, String root, FrameSampling sampling, double fps, String cache,
                             int vocabSize) {
    /** The cache folder's name beside the index when {@code cache} is empty. */
    public static final String DEFAULT_CACHE = ".vfe-cache";
    /** {@code <pad>}, {@code <bos>}, {@code <eos>} and {@code <unk>}. */
    public static final int SPECIAL_TOKENS = 4;

    /** Checks the rate and the vocabulary size; whether the files exist is the dataset's business. */
    public VideoFilesSpec {
        present("index", index);
        present("root", root);
        present("sampling", sampling);
        positive("fps", fps);
        present("cache", cache);
        atLeast("vocab_size", vocabSize, SPECIAL_TOKENS + 1);
    }
}
