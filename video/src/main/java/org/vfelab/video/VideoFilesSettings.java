package org.vfelab.video;

import org.vfelab.spec.CaptionFamily;
import org.vfelab.spec.Check;
import org.vfelab.spec.ChosenPluginCheck;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.Setting;

/**
 * The {@code video-files} dataset's own section, {@code data.video}: where it finds its videos and captions, how it
 * turns a video into a clip of {@code data.frames} frames of {@code data.size} pixels, where decoded clips are kept,
 * and how large the word vocabulary built from the training captions is. Other datasets ignore it; at its defaults
 * it leaves every earlier trial's key unchanged.
 *
 * @param index     the caption index: a CSV {@code video,caption[,split]} with a header row, or MSR-VTT-style JSON
 *                  ({@code videos} and {@code sentences}); relative to the working directory
 * @param root      the folder the index's video paths are relative to; empty for the index's own folder
 * @param sampling  which frames of a video make the clip
 * @param fps       frames per second of video taken by {@link FrameSampling#FPS} sampling
 * @param cache     the folder of decoded clips, shared by every trial that reads the same videos; empty for
 *                  {@value #DEFAULT_CACHE} beside the index
 * @param vocabSize ids of the word tokenizer, its {@value #SPECIAL_TOKENS} special tokens included; at most
 *                  {@code model.text.vocab}
 */
@Setting("your own videos and captions (README \"Your own videos\")")
public record VideoFilesSettings(
        @Setting("caption index: CSV video,caption[,split] with a header, or MSR-VTT-style JSON") String index,
        @Setting("folder the index's video paths are relative to; \"\" = the index's folder") String root,
        @Setting("uniform (data.frames spread over the whole video) | fps (from the start)") FrameSampling sampling,
        @Setting("fps sampling: frames per second of video; a short video repeats its last frame") double fps,
        @Setting("decoded clips, one file per video, shared by trials; \"\" = .vfe-cache beside the index") String cache,
        @Setting("word tokenizer ids: <pad> <bos> <eos> <unk> + the most frequent training words") int vocabSize)
        implements ChosenPluginCheck {

    /** The cache folder's name beside the index when {@code cache} is empty. */
    public static final String DEFAULT_CACHE = ".vfe-cache";
    /** {@code <pad>}, {@code <bos>}, {@code <eos>} and {@code <unk>}. */
    public static final int SPECIAL_TOKENS = 4;
    /** No index (only a video-files trial needs one), uniform sampling, 2 fps, the default cache, 64 word ids. */
    public static final VideoFilesSettings DEFAULTS = new VideoFilesSettings("", "", FrameSampling.UNIFORM, 2.0, "",
            64);

    /** Checks the rate and the vocabulary size; whether the files exist is the dataset's business. */
    public VideoFilesSettings {
        Check.present("index", index);
        Check.present("root", root);
        Check.present("sampling", sampling);
        Check.positive("fps", fps);
        Check.present("cache", cache);
        Check.atLeast("vocab_size", vocabSize, SPECIAL_TOKENS + 1);
    }

    /** A video-files trial needs an index, one caption family, and a vocabulary the text tower can embed. */
    @Override
    public void checkChosen(ExperimentSpec spec) {
        Check.require(!index.isBlank(), "index", "data.type video-files needs a caption index: a CSV "
                + "video,caption[,split] with a header, or MSR-VTT-style JSON");
        var families = spec.data().captionFamilies();
        Check.require(families.size() == 1, "data.caption_families", "the captions of video files are one family: "
                + "set [appearance], or [temporal] if they describe the order of events; got "
                + families.stream().map(CaptionFamily::key).toList());
        int rows = spec.model().text().vocab();
        Check.require(vocabSize <= rows, "vocab_size", "must be <= model.text.vocab (" + rows + "), the text "
                + "tower's embedding rows, got " + vocabSize);
    }
}
