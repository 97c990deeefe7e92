package org.vfelab.backbones;

import java.util.List;

/**
 * The freezing rule shared by the parameter-efficient backbones: everything an image-text model already has is
 * frozen (both towers, the heads); what is new to video trains: the tubelet embedding (always trained, as in
 * the paper), the space-time position table (an image model has only spatial positions), the added adapter or
 * low-rank weights, and the loss temperature.
 */
final class ParameterEfficient {

    private static final List<String> NEW_FOR_VIDEO = List.of("video/tubelet/", "video/position_table", "loss/");
    private static final List<String> ADDED = List.of("/adapter/", "/lora_");

    private ParameterEfficient() {
    }

    static boolean trains(String parameter) {
        return NEW_FOR_VIDEO.stream().anyMatch(parameter::startsWith) || ADDED.stream().anyMatch(parameter::contains);
    }
}
