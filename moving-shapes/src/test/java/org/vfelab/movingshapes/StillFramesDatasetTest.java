package org.vfelab.movingshapes;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.vfelab.spec.CaptionFamily;
import org.vfelab.core.data.ClipShape;
import org.vfelab.core.data.VideoTextBatch;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StillFramesDatasetTest {

    private static MovingShapesDataset videos() {
        return new MovingShapesDataset(3, 8, 32, 2, 64, 8, List.of(CaptionFamily.APPEARANCE), 16);
    }

    @Test
    void everyClipBecomesItsMiddleFrameWithTheSameCaption() {
        StillFramesDataset images = new StillFramesDataset(videos(), List.of(CaptionFamily.APPEARANCE));
        VideoTextBatch clips = videos().trainBatch(4, 5);
        VideoTextBatch stills = images.trainBatch(4, 5);

        assertThat(images.clipShape()).isEqualTo(new ClipShape(1, 32, 32, 3));
        assertThat(stills.videos().shape()).containsExactly(4, 1, 32, 32, 3);
        INDArray middle = clips.videos().get(NDArrayIndex.all(), NDArrayIndex.interval(4, 5), NDArrayIndex.all(),
                NDArrayIndex.all(), NDArrayIndex.all());
        assertThat(stills.videos()).isEqualTo(middle);
        assertThat(stills.captions()).isEqualTo(clips.captions());
        assertThat(images.evalSet(CaptionFamily.APPEARANCE).videos().shape()).containsExactly(8, 1, 32, 32, 3);
    }

    @Test
    void temporalCaptionsAreRefused() {
        assertThatThrownBy(() -> new StillFramesDataset(videos(), List.of(CaptionFamily.APPEARANCE,
                CaptionFamily.TEMPORAL)))
                .hasMessageContaining("data.caption_families").hasMessageContaining("appearance captions only");
    }
}
