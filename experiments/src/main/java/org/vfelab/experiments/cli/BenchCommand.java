package org.vfelab.experiments.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.vfelab.core.perf.OpTimes;
import org.vfelab.core.spec.SpecException;
import org.vfelab.experiments.bench.BenchConfigs;
import org.vfelab.experiments.bench.BenchResult;
import org.vfelab.experiments.bench.Benchmark;
import org.vfelab.reports.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code vfe bench}: training-step speed and memory on fixed configurations; where speed targets are checked. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the training step on a fixed configuration: median and min step time, clips/s, the "
                + "step's FLOPs (its matmuls), achieved GFLOP/s against ND4J's GEMM rate at the model's largest "
                + "multiply, and peak memory measured against its analytic estimate.",
                "Threads are this process's (OMP_NUM_THREADS; ./vfe sets 1 unless you set it)."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "NAME|FILE", defaultValue = "bench-b",
            description = "bench-b (default; fixed so results compare across versions), bench-smoke (seconds), or a "
                    + "descriptor file.")
    private String config;

    @Option(names = "--backbones", paramLabel = "LIST", split = ",", defaultValue = "joint,factorized,frame-avg",
            description = "Backbones to measure (default: ${DEFAULT-VALUE}).")
    private List<String> backbones;

    @Option(names = "--mask", paramLabel = "LIST", split = ",", defaultValue = "0,0.75",
            description = "Mask ratios to measure (default: ${DEFAULT-VALUE}).")
    private List<Double> masks;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "20", description = "Measured steps per case.")
    private int steps;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5",
            description = "Steps run before measuring (the first builds the gradient graph).")
    private int warmup;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON.")
    private Path json;

    @Option(names = "--profile", description = "Also print where the last warm-up step's time goes, per op.")
    private boolean profile;

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (steps < 1 || warmup < 1) {
            err.println("vfe bench: --steps and --warmup must be >= 1");
            return ExitCodes.BAD_INPUT;
        }
        Benchmark benchmark;
        try {
            benchmark = new Benchmark(BenchConfigs.resolve(config), warmup, steps);
            for (String backbone : backbones) {
                for (double mask : masks) {
                    benchmark.check(backbone, mask);
                }
            }
        } catch (IllegalArgumentException | SpecException e) {
            err.println("vfe bench: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        List<BenchResult> results = new ArrayList<>();
        for (String backbone : backbones) {
            for (double mask : masks) {
                out.printf(Locale.ROOT, "vfe bench: %s, %s, mask %.2f: %d warm-up + %d measured steps...%n", config,
                        backbone, mask, warmup, steps);
                out.flush();
                results.add(benchmark.run(backbone, mask, profile, (ops, seconds) -> out.print(profile(ops, seconds))));
            }
        }
        out.print(table(results));
        out.flush();
        if (json != null) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("config", config);
            document.put("warmup_steps", warmup);
            document.put("measured_steps", steps);
            document.put("cases", results);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), document);
            out.println("vfe bench: results written to " + json);
        }
        return ExitCodes.OK;
    }

    private static String table(List<BenchResult> results) {
        TextTable table = new TextTable(List.of("backbone", "mask", "threads", "median ms", "min ms", "clips/s",
                "GFLOP/step", "GFLOP/s", "GEMM GFLOP/s", "ratio", "peak MB", "estimate MB", "RSS MB",
                "RSS@100 MB", "RSS@last MB"));
        for (BenchResult r : results) {
            table.row(List.of(r.backbone(), f("%.2f", r.maskRatio()), Integer.toString(r.threads()),
                    f("%.1f", r.medianStepSeconds() * 1000), f("%.1f", r.minStepSeconds() * 1000),
                    f("%.1f", r.clipsPerSecond()), f("%.2f", r.modelGflopPerStep()), f("%.1f", r.achievedGflops()),
                    f("%.1f", r.gemmGflops()), f("%.2f", r.gemmRatio()), f("%.1f", r.peakMemoryMegabytes()),
                    f("%.1f", r.estimatedMemoryMegabytes()), f("%.0f", r.rssPeakMegabytes()),
                    r.rssAtStep100Megabytes() == null ? "-" : f("%.0f", r.rssAtStep100Megabytes()),
                    f("%.0f", r.rssAtLastStepMegabytes())));
        }
        return "\n" + table.render();
    }

    private static final int PROFILE_LINES = 15;

    private static String profile(OpTimes ops, double stepSeconds) {
        TextTable table = new TextTable(List.of("op", "ms", "calls", "share of step"));
        double total = ops.secondsByOp().values().stream().mapToDouble(Double::doubleValue).sum();
        ops.secondsByOp().entrySet().stream().limit(PROFILE_LINES).forEach(entry -> table.row(List.of(
                entry.getKey(), f("%.1f", entry.getValue() * 1000), Integer.toString(ops.calls().get(entry.getKey())),
                f("%.1f %%", 100 * entry.getValue() / stepSeconds))));
        return String.format(Locale.ROOT, "%nprofiled step: %.1f ms, of which %.1f ms in %d ops (the rest: SameDiff "
                        + "between ops, data, optimizer)%n", stepSeconds * 1000, total * 1000,
                ops.calls().values().stream().mapToInt(Integer::intValue).sum()) + table.render();
    }

    private static String f(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
