package org.vfelab.experiments.trial;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vfelab.spec.ExperimentSpec;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@Tag("integration")
class ModelInspectionTest {

    private static ModelInspection inspect(String... overrides) {
        ExperimentSpec spec = Composition.current().load(Path.of("smoke.yaml"), List.of(overrides), null);
        return ModelInspection.of(spec);
    }

    /**
     * ViT-B/16 has 86M parameters (Dosovitskiy et al., Table 1); the video encoder adds a 2-frame tubelet kernel
     * and a time-slot table, and drops the class token. Built on 16 x 224 x 224 clips, as in the paper.
     */
    @Test
    void theVitBPresetHasTheImageViTsParameterCount() {
        ModelInspection vitB = inspect("model.preset=vit-b", "data.frames=16", "data.size=224",
                "model.tubelet=[2, 16, 16]", "training.batch_size=2");

        assertThat((double) vitB.parameters().get(ModelInspection.VIDEO)).isCloseTo(86e6, within(0.02 * 86e6));
        assertThat(vitB.trainTokens()).as("8 x 14 x 14 tubelets").isEqualTo(1568);
    }

    /** Hand count of the tiny joint model on 8 x 32 x 32 clips with 2 x 8 x 8 tubelets (64 tokens). */
    @Test
    void countsEveryPartOfTheTinyModelExactly() {
        ModelInspection tiny = inspect();
        long block = (64 * 192 + 192) + (64 * 64 + 64) + (64 * 256 + 256) + (256 * 64 + 64) + 4 * 64;
        long video = (384 * 64 + 64) + 64 * 64 + 2 * block + 2 * 64;

        assertThat(tiny.parameters()).containsEntry(ModelInspection.VIDEO, video)
                .containsEntry(ModelInspection.HEADS, 2L * (64 * 64 + 64))
                .containsEntry(ModelInspection.LOSS, 1L);
        assertThat(tiny.trainable()).isEqualTo(tiny.total());
        assertThat(tiny.embeddingFlopsPerClip()).as("64 tokens x (384 x 64) multiply-adds x 2")
                .isEqualTo(2L * 64 * 384 * 64);
        assertThat(inspect("sampling.type=coarse-spatial").embeddingFlopsPerClip()).as("16 tokens x (1536 x 64)")
                .isEqualTo(2L * 16 * 1536 * 64);
        assertThat(tiny.memory().weightBytes()).isEqualTo(4 * tiny.total());
        assertThat(tiny.memory().optimizerBytes()).isEqualTo(12 * tiny.total());
    }

    /**
     * Per layer and token: 7D + 2M for norms, residuals and MLP, 8D + 2HL per attention. Video: 32 clips x 64
     * tokens, L = 64, 2 layers; text: 32 captions x 16 tokens, L = 16, 2 layers; 4 bytes, backward factor 1.8.
     */
    @Test
    void estimatesActivationsFromTheLayerShapes() {
        long videoLayer = 2048L * (7 * 64 + 2 * 256) + 2048L * (8 * 64 + 2 * 4 * 64);
        long textLayer = 512L * (7 * 64 + 2 * 256) + 512L * (8 * 64 + 2 * 4 * 16);

        assertThat(inspect().memory().activationBytes()).isEqualTo(Math.round(4 * 1.8 * (2 * videoLayer + 2 * textLayer)));
        long maskedVideoLayer = 512L * (7 * 64 + 2 * 256) + 512L * (8 * 64 + 2 * 4 * 16);
        assertThat(inspect("sampling.mask_ratio=0.75").memory().activationBytes()).as("16 of 64 tokens kept")
                .isEqualTo(Math.round(4 * 1.8 * (2 * maskedVideoLayer + 2 * textLayer)));
    }

    @Test
    void parameterEfficientModelsTrainASmallShareAndLastKFreezesEarlierLayers() {
        ModelInspection full = inspect();
        ModelInspection lora = inspect("model.backbone.type=lora");
        ModelInspection adapter = inspect("model.backbone.type=mlp-adapter");
        ModelInspection lastOne = inspect("model.trainable_layers=last-1");

        assertThat((double) lora.trainable() / full.total()).isLessThan(0.15);
        assertThat((double) adapter.trainable() / full.total()).isLessThan(0.15);
        long block = (64 * 192 + 192) + (64 * 64 + 64) + (64 * 256 + 256) + (256 * 64 + 64) + 4 * 64;
        long videoInput = (384 * 64 + 64) + 64 * 64;
        assertThat(lastOne.trainable()).isEqualTo(full.total() - block - videoInput);
    }
}
