package org.vfelab.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.vfelab.spec.KernelInflation;
import org.vfelab.spec.PositionInterpolation;
import org.vfelab.spec.CaptionFamily;

/**
 * Builds the records from a resolved {@link DescriptorTree}. A record is built only when all its parts read
 * cleanly; its constructor's {@link IllegalArgumentException} becomes a problem at the offending key.
 */
final class SpecBinder {
    private final DescriptorTree tree;
    private final PluginCatalog catalog;
    private final Problems problems;
    private final ValueReader read;
    private final Map<PluginSettings, ChosenPluginCheck> chosen = new LinkedHashMap<>();

    SpecBinder(DescriptorTree tree, PluginCatalog catalog, Problems problems) {
        this.tree = tree;
        this.catalog = catalog;
        this.problems = problems;
        this.read = new ValueReader(tree, problems);
    }

    /** The spec, or null when any problem was recorded. */
    ExperimentSpec bind() {
        String name = read.string("name");
        Long seed = read.longInteger("seed");
        DataSpec data = data();
        ModelSpec model = model();
        SamplingSpec sampling = build("sampling", () -> new SamplingSpec(plugin(PluginKind.SAMPLER),
                read.number("sampling.mask_ratio")));
        String lossType = plugin(PluginKind.LOSS);
        BoundSettings lossSettings = pluginSettings(PluginKind.LOSS, lossType);
        LossSpec loss = build("loss", () -> new LossSpec(lossType, lossSettings));
        TrainingSpec training = build("training", () -> new TrainingSpec(read.integer("training.steps"),
                read.integer("training.batch_size"), read.number("training.lr"), read.integer("training.warmup_steps"),
                read.choice("training.schedule", "schedule", keyed(LrSchedule.values(), LrSchedule::key)),
                read.integer("training.log_every")));
        EvaluationSpec evaluation = build("evaluation", () -> new EvaluationSpec(read.integer("evaluation.every"),
                read.list("evaluation.recall_at", 0, "integers", read::integerItem),
                read.bool("evaluation.frame_shuffle_check")));
        TrackingSpec tracking = build("tracking", () -> new TrackingSpec(read.string("tracking.uri"),
                read.bool("tracking.log_checkpoint"), read.number("tracking.retry_for"),
                read.number("tracking.request_timeout"), read.string("tracking.journal")));
        String taskType = plugin(PluginKind.TASK);
        BoundSettings taskSettings = pluginSettings(PluginKind.TASK, taskType);
        TaskSpec task = build("task", () -> new TaskSpec(taskType, taskSettings));
        ExperimentSpec spec = build("", () -> new ExperimentSpec(name, seed, data, model, sampling, loss, training,
                evaluation, tracking, task));
        if (spec != null) {
            chosen.forEach((plugin, settings) -> build(plugin.section(), () -> {
                settings.checkChosen(spec);
                return spec;
            }));
        }
        return problems.isEmpty() ? spec : null;
    }

    private DataSpec data() {
        String dataType = plugin(PluginKind.DATASET);
        BoundSettings dataSettings = pluginSettings(PluginKind.DATASET, dataType);
        return build("data", () -> new DataSpec(dataType, read.integer("data.frames"),
                read.integer("data.size"), read.integer("data.events"), read.integer("data.train_clips"),
                read.integer("data.eval_clips"),
                read.list("data.caption_families", 0, "caption families",
                        read.choiceItem("caption family", keyed(CaptionFamily.values(), CaptionFamily::key))),
                dataSettings));
    }

    private ModelSpec model() {
        ModelPreset preset = read.choice("model.preset", "preset", keyed(ModelPreset.values(), ModelPreset::key));
        String backboneType = plugin(PluginKind.BACKBONE);
        BoundSettings backboneSettings = pluginSettings(PluginKind.BACKBONE, backboneType);
        BackboneSpec backbone = build("model.backbone", () -> new BackboneSpec(backboneType, backboneSettings));
        Tubelet tubelet = build("model.tubelet", () -> {
            var sides = read.list("model.tubelet", 3, "integers", read::integerItem);
            return sides == null ? null : new Tubelet(sides.get(0), sides.get(1), sides.get(2));
        });
        TextSpec text = build("model.text", () -> new TextSpec(read.integer("model.text.depth"),
                read.integer("model.text.vocab"), read.integer("model.text.max_tokens")));
        KernelInflation kernelInit = read.choice("model.kernel_init", "kernel initialisation",
                keyed(KernelInflation.values(), KernelInflation::key));
        PositionInterpolation temporalInterpolation = read.choice("model.temporal_interpolation",
                "temporal interpolation", keyed(PositionInterpolation.values(), PositionInterpolation::key));
        TrainableLayers trainable = trainableLayers();
        return build("model", () -> new ModelSpec(preset, backbone, tubelet, text, read.integer("model.projection"),
                read.string("model.init_from"), kernelInit, temporalInterpolation, trainable));
    }

    private TrainableLayers trainableLayers() {
        String path = "model.trainable_layers";
        String text = read.string(path);
        if (text == null) {
            return null;
        }
        return TrainableLayers.parse(text).orElseGet(() -> read.fail(path, tree.at(path).node(),
                "expected 'all' or 'last-K' with K >= 1 (e.g. last-4), got '" + text + "'"));
    }

    /**
     * The settings of every plugin of {@code kind} that declared some; null when one of them did not bind. The
     * {@code chosen} plugin's record, if it has checks of its own ({@link ChosenPluginCheck}), runs them once the
     * whole spec is bound.
     */
    private BoundSettings pluginSettings(PluginKind kind, String chosenName) {
        List<Record> records = new ArrayList<>();
        Map<Class<?>, String> subsections = new HashMap<>();
        for (PluginSettings plugin : catalog.settings()) {
            if (plugin.kind() == kind) {
                List<Object> values = plugin.keys().stream()
                        .map(key -> readAs(key.type(), DescriptorSchema.join(plugin.section(), key.name()))).toList();
                Record settings = values.contains(null) ? null : build(plugin.section(), () -> plugin.bind(values));
                if (plugin.plugin().equals(chosenName) && settings instanceof ChosenPluginCheck check) {
                    chosen.put(plugin, check);
                }
                records.add(settings);
                if (!plugin.subsection().isEmpty()) {
                    subsections.put(plugin.defaults().getClass(), plugin.subsection());
                }
            }
        }
        return records.contains(null) ? null : new BoundSettings(records, subsections);
    }

    private Object readAs(Class<?> type, String path) {
        if (type.isEnum()) {
            return read.choice(path, path.substring(path.lastIndexOf('.') + 1).replace('_', ' '), keyed(type.getEnumConstants(),
                    constant -> PluginSettings.spelling((Enum<?>) constant)));
        }
        if (type == int.class) {
            return read.integer(path);
        }
        if (type == long.class) {
            return read.longInteger(path);
        }
        if (type == double.class) {
            return read.number(path);
        }
        return type == boolean.class ? read.bool(path) : read.string(path);
    }

    /** The plugin a descriptor names for {@code kind} ({@code <section>.type}), or null when it names none known. */
    private String plugin(PluginKind kind) {
        String path = DescriptorSchema.join(kind.section(), "type");
        String name = read.string(path);
        if (name == null) {
            return null;
        }
        return catalog.known(kind).filter(known -> !known.contains(name))
                .map(known -> read.<String>fail(path, tree.at(path).node(), ValueReader.unknownName(kind.word(), name, known)))
                .orElse(name);
    }

    /**
     * Runs a record constructor. A null argument means its problem is already recorded, so the resulting
     * NullPointerException (unboxing or a presence check) is not a new problem.
     */
    private <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (NullPointerException incomplete) {
            if (problems.isEmpty()) {
                throw incomplete;
            }
        } catch (SpecViolation violation) {
            String key = violation.key().contains(".") ? violation.key() : DescriptorSchema.join(path, violation.key());
            if (tree.at(key) != null) {
                tree.at(key).report(problems, key, violation.reason());
            } else {
                tree.at(path).report(problems, path, violation.getMessage());
            }
        } catch (IllegalArgumentException invalid) {
            tree.at(path).report(problems, path, invalid.getMessage());
        }
        return null;
    }

    private static <E> Map<String, E> keyed(E[] values, Function<E, String> key) {
        Map<String, E> byKey = new LinkedHashMap<>();
        Arrays.stream(values).filter(Objects::nonNull).forEach(v -> byKey.put(key.apply(v), v));
        return byKey;
    }
}
