package org.vfelab.experiments.cli;

import org.vfelab.experiments.trial.Composition;
import com.google.inject.ProvisionException;
import org.vfelab.spec.DescriptorReference;
import org.vfelab.spec.ExperimentSpec;
import org.vfelab.spec.SpecException;
import org.vfelab.experiments.trial.ModelInspection;
import org.vfelab.reports.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code vfe inspect}: parameter counts and the analytic memory estimate of a descriptor's model, no training. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Build a descriptor's model without training it and print its parameter counts (video encoder,"
                + " text tower, heads; trainable) and the analytic estimate of a training step's memory.",
                "Example: vfe inspect experiments/smoke.yaml --set model.preset=vit-b --set data.frames=16 "
                        + "--set data.size=224 --set model.tubelet=[2,16,16]"})
final class InspectCommand implements Callable<Integer> {
    private static final double MEGABYTE = 1024.0 * 1024.0;

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXPERIMENT.yaml", description = "The experiment descriptor.")
    private Path descriptor;

    @Option(names = "--reference", description = "Print the descriptor reference instead: every key with its default "
            + "and meaning, in Markdown (docs/descriptor.md is this output).")
    private boolean reference;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one descriptor value. Repeatable.")
    private List<String> overrides = new ArrayList<>();

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        if (reference) {
            out.print(DescriptorReference.markdown(Composition.current().catalog()));
            out.flush();
            return ExitCodes.OK;
        }
        if (descriptor == null) {
            command.commandLine().getErr().println("vfe inspect: give the descriptor to inspect, or --reference");
            return ExitCodes.BAD_INPUT;
        }
        ExperimentSpec spec;
        try {
            spec = Composition.current().load(descriptor, overrides, null);
        } catch (SpecException e) {
            command.commandLine().getErr().println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        ModelInspection model;
        try {
            model = ModelInspection.of(spec);
        } catch (IllegalArgumentException | ProvisionException e) {
            command.commandLine().getErr().println(descriptor + ": " + rootMessage(e));
            return ExitCodes.BAD_INPUT;
        }
        var tubelet = model.grid().tubelet();
        out.printf(Locale.ROOT, "%s: preset %s, backbone %s, clips %d x %d x %d, tubelet %dx%dx%d, batch %d%n",
                descriptor, spec.model().preset().key(), spec.model().backbone().type(), model.grid().clip().frames(),
                model.grid().clip().height(), model.grid().clip().width(), tubelet.frames(), tubelet.height(),
                tubelet.width(), spec.training().batchSize());
        TextTable counts = new TextTable(List.of("parameters", "count"));
        for (String part : List.of(ModelInspection.VIDEO, ModelInspection.TEXT, ModelInspection.HEADS,
                ModelInspection.LOSS)) {
            counts.row(List.of(part, String.format(Locale.ROOT, "%,d", model.parameters().getOrDefault(part, 0L))));
        }
        counts.row(List.of("total", String.format(Locale.ROOT, "%,d", model.total())))
                .row(List.of("trainable", String.format(Locale.ROOT, "%,d (%.1f %%)", model.trainable(),
                        100.0 * model.trainable() / model.total())))
                .row(List.of("video tokens per clip (train / eval)", model.trainTokens() + " / " + model.evalTokens()))
                .row(List.of("tubelet embedding per training clip", String.format(Locale.ROOT, "%,.2f MFLOP",
                        model.embeddingFlopsPerClip() / 1e6)));
        var memory = model.memory();
        TextTable estimate = new TextTable(List.of("analytic training memory", "MB"))
                .row(List.of("weights", mb(memory.weightBytes())))
                .row(List.of("gradients + Adam state", mb(memory.optimizerBytes())))
                .row(List.of("activations for backward", mb(memory.activationBytes())))
                .row(List.of("total", mb(memory.totalBytes())));
        out.print(counts.render() + "\n" + estimate.render());
        out.flush();
        return ExitCodes.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.1f", bytes / MEGABYTE);
    }
}
