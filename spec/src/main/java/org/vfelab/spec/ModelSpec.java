package org.vfelab.spec;

import org.vfelab.spec.KernelInflation;
import org.vfelab.spec.PositionInterpolation;

import static org.vfelab.spec.Check.atLeast;
import static org.vfelab.spec.Check.present;

/**
 * The dual encoder: a size preset shared by both towers, the video backbone plugin, how clips are cut into
 * tubelet tokens, the text tower, the shared embedding width, where its weights start and which layers train.
 *
 * @param preset                width, depth, heads and MLP width of the transformer layers
 * @param backbone              which video backbone plugin runs over the tubelet tokens
 * @param tubelet               the token size in frames x pixels x pixels
 * @param text                  the text tower
 * @param projection            width of the joint video-text embedding
 * @param initFrom              a checkpoint file to start from (e.g. an image pre-training run); empty for random
 *                              weights
 * @param kernelInit            how a 2D patch kernel from {@code initFrom} becomes the 3D tubelet kernel
 * @param temporalInterpolation how the space-time position table of {@code initFrom} follows another number of
 *                              time slots (a checkpoint trained on clips of another length)
 * @param trainableLayers       which video encoder layers train
 */
public record ModelSpec(ModelPreset preset, BackboneSpec backbone, Tubelet tubelet, TextSpec text, int projection,
                        String initFrom, KernelInflation kernelInit, PositionInterpolation temporalInterpolation,
                        TrainableLayers trainableLayers) {

    /** Checks the parts exist; their own ranges are checked by their records. */
    public ModelSpec {
        present("preset", preset);
        present("backbone", backbone);
        present("tubelet", tubelet);
        present("text", text);
        atLeast("projection", projection, 1);
        present("init_from", initFrom);
        present("kernel_init", kernelInit);
        present("temporal_interpolation", temporalInterpolation);
        present("trainable_layers", trainableLayers);
        Check.require(trainableLayers.last() <= preset.depth(), "trainable_layers",
                "asks for the last " + trainableLayers.last() + " layers, but the " + preset.key() + " preset has "
                        + preset.depth());
    }

    /** Whether the weights start from a checkpoint. */
    public boolean initialised() {
        return !initFrom.isBlank();
    }
}
