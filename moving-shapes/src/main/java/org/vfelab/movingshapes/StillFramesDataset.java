package org.vfelab.movingshapes;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.ClipShape;
import org.vfelab.core.data.EvalSet;
import org.vfelab.core.data.VideoTextBatch;
import org.vfelab.core.data.VideoTextDataset;
import org.vfelab.core.data.Vocabulary;

import java.util.List;

/**
 * Image-text pairs cut from a video dataset: every clip becomes its middle frame, captioned by its appearance
 * caption. This is the image pre-training stage of the paper's recipe (an image-text model that video models
 * then start from), on the same synthetic world. Temporal captions are refused: one frame cannot answer them.
 */
public final class StillFramesDataset implements VideoTextDataset {
    /** The descriptor name of the image view of moving-shapes ({@code data.type}). */
    public static final String MOVING_SHAPES_TYPE = "moving-shapes-images";

    private final VideoTextDataset videos;

    /** @param families must be exactly {@code [appearance]} */
    public StillFramesDataset(VideoTextDataset videos, List<CaptionFamily> families) {
        if (!families.equals(List.of(CaptionFamily.APPEARANCE))) {
            throw new IllegalArgumentException("data.caption_families: an image dataset has appearance captions only;"
                    + " set caption_families: [appearance] (got " + families.stream().map(CaptionFamily::key).toList()
                    + ")");
        }
        this.videos = videos;
    }

    @Override
    public ClipShape clipShape() {
        ClipShape clip = videos.clipShape();
        return new ClipShape(1, clip.height(), clip.width(), clip.channels());
    }

    @Override
    public Vocabulary vocabulary() {
        return videos.vocabulary();
    }

    @Override
    public VideoTextBatch trainBatch(int batchSize, long step) {
        VideoTextBatch batch = videos.trainBatch(batchSize, step);
        return new VideoTextBatch(middleFrame(batch.videos()), batch.tokens(), batch.tokenMask(), batch.captions());
    }

    @Override
    public EvalSet evalSet(CaptionFamily family) {
        EvalSet set = videos.evalSet(family);
        return new EvalSet(family, middleFrame(set.videos()), set.tokens(), set.tokenMask(), set.captions(),
                set.reversalOf());
    }

    private static INDArray middleFrame(INDArray clips) {
        long middle = clips.size(1) / 2;
        INDArray frame = clips.get(NDArrayIndex.all(), NDArrayIndex.interval(middle, middle + 1), NDArrayIndex.all(),
                NDArrayIndex.all(), NDArrayIndex.all()).dup('c');
        clips.close();
        return frame;
    }
}
