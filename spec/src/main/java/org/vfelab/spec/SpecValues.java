package org.vfelab.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vfelab.spec.CaptionFamily;

/**
 * A spec as descriptor values: every leaf path of the schema (core's {@code defaults.yaml} and the plugins' own
 * settings), in its order, mapped to a YAML-typed value (String, Long, Integer, Double, Boolean or a List of them). The one place that maps record components
 * back to the key contract, shared by {@link SpecParams} and {@link SpecYaml}.
 */
final class SpecValues {
    private SpecValues() {
    }

    static Map<String, Object> of(ExperimentSpec spec) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", spec.name());
        v.put("seed", spec.seed());
        DataSpec data = spec.data();
        v.put("data.type", data.type());
        v.put("data.frames", data.frames());
        v.put("data.size", data.size());
        v.put("data.events", data.events());
        v.put("data.train_clips", data.trainClips());
        v.put("data.eval_clips", data.evalClips());
        v.put("data.caption_families", data.captionFamilies().stream().map(CaptionFamily::key).toList());
        data.settings().values().forEach((key, value) -> v.put("data." + key, value));
        ModelSpec model = spec.model();
        v.put("model.preset", model.preset().key());
        v.put("model.backbone.type", model.backbone().type());
        model.backbone().settings().values().forEach((key, value) -> v.put("model.backbone." + key, value));
        Tubelet tubelet = model.tubelet();
        v.put("model.tubelet", List.of(tubelet.frames(), tubelet.height(), tubelet.width()));
        v.put("model.text.depth", model.text().depth());
        v.put("model.text.vocab", model.text().vocab());
        v.put("model.text.max_tokens", model.text().maxTokens());
        v.put("model.projection", model.projection());
        v.put("model.init_from", model.initFrom());
        v.put("model.kernel_init", model.kernelInit().key());
        v.put("model.temporal_interpolation", model.temporalInterpolation().key());
        v.put("model.trainable_layers", model.trainableLayers().key());
        v.put("sampling.type", spec.sampling().type());
        v.put("sampling.mask_ratio", spec.sampling().maskRatio());
        v.put("loss.type", spec.loss().type());
        spec.loss().settings().values().forEach((key, value) -> v.put("loss." + key, value));
        TrainingSpec training = spec.training();
        v.put("training.steps", training.steps());
        v.put("training.batch_size", training.batchSize());
        v.put("training.lr", training.lr());
        v.put("training.warmup_steps", training.warmupSteps());
        v.put("training.schedule", training.schedule().key());
        v.put("training.log_every", training.logEvery());
        v.put("evaluation.every", spec.evaluation().every());
        v.put("evaluation.recall_at", spec.evaluation().recallAt());
        v.put("evaluation.frame_shuffle_check", spec.evaluation().frameShuffleCheck());
        TaskSpec task = spec.task();
        v.put("task.type", task.type());
        task.settings().values().forEach((key, value) -> v.put("task." + key, value));
        v.put("tracking.uri", spec.tracking().uri());
        v.put("tracking.log_checkpoint", spec.tracking().logCheckpoint());
        v.put("tracking.retry_for", spec.tracking().retryForSeconds());
        v.put("tracking.request_timeout", spec.tracking().requestTimeoutSeconds());
        v.put("tracking.journal", spec.tracking().journal());
        return v;
    }

    /** The value as YAML flow text: lists as {@code [a, b]}, doubles so that they parse back exactly. */
    static String render(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(SpecValues::render).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Double number) {
            String text = Double.toString(number).replace('E', 'e');
            return text.contains("e") && !text.contains("e-") ? text.replace("e", "e+") : text;
        }
        return String.valueOf(value);
    }
}
