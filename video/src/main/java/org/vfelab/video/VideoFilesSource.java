package org.vfelab.video;

import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.ClipShape;
import org.vfelab.core.data.DataFileException;
import org.vfelab.spec.DataSpec;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.video.ClipLoader.Loaded;
import org.vfelab.video.cache.ClipCache;
import org.vfelab.video.decode.ClipRecipe;
import org.vfelab.video.decode.VideoDecoder;
import org.vfelab.video.index.CaptionIndex;
import org.vfelab.video.index.IndexedVideo;
import org.vfelab.video.index.Split;

import java.nio.file.Path;
import java.util.List;

/**
 * Opens a {@code video-files} dataset as a descriptor describes it. Paths in {@code data.video} are relative to
 * the working directory; the video paths of the index are relative to {@code root}, by default the index's folder,
 * and decoded clips go to {@code cache}, by default {@value VideoFilesSettings#DEFAULT_CACHE} beside the index. Train
 * videos are the index's {@code train} split (rows without a split included); eval videos are its {@code val}
 * split, or {@code test} when it has no {@code val}. Videos of an unused split are not decoded.
 */
final class VideoFilesSource {
    private VideoFilesSource() {
    }

    /**
     * Reads the index, decodes (or finds in the cache) every train and eval video, and learns the tokenizer.
     *
     * @throws DataFileException for a bad index row, or when too few videos are usable to train and evaluate
     */
    static VideoFilesDataset open(ExperimentSpec spec) {
        DataSpec data = spec.data();
        VideoFilesSettings video = data.settings(VideoFilesSettings.class);
        long start = System.nanoTime();
        Path index = Path.of(video.index()).toAbsolutePath().normalize();
        Path folder = index.getParent();
        CaptionIndex captions = CaptionIndex.read(index);
        List<IndexedVideo> evalVideos = captions.split(Split.VAL).isEmpty()
                ? captions.split(Split.TEST) : captions.split(Split.VAL);
        ClipRecipe recipe = new ClipRecipe(video.sampling(), video.fps(), data.frames(), data.size());
        ClipCache cache = new ClipCache(video.cache().isBlank() ? folder.resolve(VideoFilesSettings.DEFAULT_CACHE)
                : Path.of(video.cache()), recipe);
        ClipLoader loader = new ClipLoader(video.root().isBlank() ? folder : Path.of(video.root()), cache,
                new VideoDecoder(recipe));
        Loaded train = loader.load(captions.split(Split.TRAIN));
        Loaded eval = loader.load(evalVideos);
        if (train.clips().isEmpty()) {
            throw new DataFileException(index, "no usable train video (" + train.skipped().size()
                    + " skipped; rows without a split are train)");
        }
        if (eval.clips().size() < 2) {
            throw new DataFileException(index, "evaluation needs at least 2 usable val (or, without val, test) "
                    + "videos, got " + eval.clips().size() + " (" + eval.skipped().size() + " skipped)");
        }
        CaptionFamily family = data.captionFamilies().get(0);
        ClipShape shape = new ClipShape(data.frames(), data.size(), data.size(), ClipRecipe.CHANNELS);
        return new VideoFilesDataset(spec.seed(), shape, family, spec.model().text().maxTokens(), cache, train, eval,
                video.vocabSize(), (System.nanoTime() - start) / 1e9);
    }
}
