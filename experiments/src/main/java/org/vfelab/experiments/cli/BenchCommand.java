package org.vfelab.experiments.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.vfelab.experiments.bench.OpTimes;
import org.vfelab.spec.SpecException;
import org.vfelab.experiments.bench.BenchConfigs;
import org.vfelab.experiments.bench.BenchResult;
import org.vfelab.experiments.bench.Benchmark;
import org.vfelab.reports.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vfe bench}: training-step speed and memory on fixed configurations; where speed targets are checked. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the training step on a fixed configuration: median and min step time, clips/s, the "
                + "step's FLOPs (its matmuls), achieved GFLOP/s against ND4J's GEMM rate at the model's largest "
                + "multiply, and peak memory measured against its analytic estimate.",
                "Each case runs in a JVM of its own (clean memory figures), at this process's threads "
                        + "(OMP_NUM_THREADS; ./vfe sets 1 unless you set it) or at each of --threads."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "NAME|FILE", defaultValue = "bench-b",
            description = "bench-b (default; fixed so results compare across versions), bench-smoke (seconds), "
                    + "bench-tiny-512 (the smoke model at 512 tokens per clip, batch 32), or a "
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

    @Option(names = "--jfr", paramLabel = "DIR",
            description = "Also record each case's JVM with Java Flight Recorder into DIR/<backbone>-mask-<ratio>.jfr "
                    + "(the Java side of a step: session bookkeeping, optimizer, data; read it with 'jfr print' or "
                    + "JDK Mission Control).")
    private Path jfr;

    @Option(names = "--threads", paramLabel = "LIST", split = ",",
            description = "ND4J threads (OMP_NUM_THREADS) to measure every case at, e.g. 1,2 (default: this "
                    + "process's).")
    private List<Integer> threads;

    @Option(names = "--one-case", hidden = true,
            description = "Run the single case in this JVM and write its result object to --json (used for each case "
                    + "of a benchmark, which runs in its own JVM).")
    private boolean oneCase;

    @Spec
    private CommandSpec command;

    private Path configFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (steps < 1 || warmup < 1) {
            err.println("vfe bench: --steps and --warmup must be >= 1");
            return ExitCodes.BAD_INPUT;
        }
        if (oneCase && (backbones.size() != 1 || masks.size() != 1 || json == null)) {
            err.println("vfe bench: --one-case takes one backbone, one mask ratio and --json");
            return ExitCodes.BAD_INPUT;
        }
        Benchmark benchmark;
        try {
            configFile = BenchConfigs.resolve(config);
            benchmark = new Benchmark(configFile, warmup, steps);
            for (String backbone : backbones) {
                for (double mask : masks) {
                    benchmark.check(backbone, mask);
                }
            }
        } catch (IllegalArgumentException | SpecException e) {
            err.println("vfe bench: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (oneCase) {
            BenchResult result = benchmark.run(backbones.get(0), masks.get(0), profile,
                    (ops, seconds) -> out.print(profile(ops, seconds)));
            JSON.writeValue(json.toFile(), result);
            out.flush();
            return ExitCodes.OK;
        }
        List<BenchResult> results = new ArrayList<>();
        for (int threadCount : threads == null ? List.of(Benchmark.threads()) : threads) {
            for (String backbone : backbones) {
                for (double mask : masks) {
                    out.printf(Locale.ROOT, "vfe bench: %s, %s, mask %.2f, %d thread(s): %d warm-up + %d measured "
                            + "steps...%n", config, backbone, mask, threadCount, warmup, steps);
                    out.flush();
                    Optional<BenchResult> result = inOwnJvm(backbone, mask, threadCount, out);
                    if (result.isEmpty()) {
                        err.printf(Locale.ROOT, "vfe bench: %s at mask %.2f failed; its output is above%n", backbone,
                                mask);
                        return ExitCodes.TRIAL_FAILED;
                    }
                    results.add(result.get());
                }
            }
        }
        out.print(table(results));
        out.println("ND4J binary: " + results.get(0).nd4jBinary());
        String tunables = System.getenv("GLIBC_TUNABLES");
        out.println("malloc: " + (tunables == null || tunables.isBlank()
                ? "glibc defaults (blocks over 32 MB mapped and unmapped at every allocation; ./vfe tunes this)"
                : "GLIBC_TUNABLES=" + tunables));
        out.flush();
        if (json != null) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("config", config);
            document.put("warmup_steps", warmup);
            document.put("measured_steps", steps);
            document.put("cases", results);
            JSON.writeValue(json.toFile(), document);
            out.println("vfe bench: results written to " + json);
        }
        return ExitCodes.OK;
    }

    private static String table(List<BenchResult> results) {
        TextTable table = new TextTable(List.of("backbone", "mask", "threads", "median ms", "min ms", "clips/s",
                "GFLOP/step", "GFLOP/s", "GEMM GFLOP/s", "ratio", "peak MB", "estimate MB", "pool MB", "RSS MB",
                "RSS@100 MB", "RSS@last MB"));
        for (BenchResult r : results) {
            table.row(List.of(r.backbone(), f("%.2f", r.maskRatio()), Integer.toString(r.threads()),
                    f("%.1f", r.medianStepSeconds() * 1000), f("%.1f", r.minStepSeconds() * 1000),
                    f("%.1f", r.clipsPerSecond()), f("%.2f", r.modelGflopPerStep()), f("%.1f", r.achievedGflops()),
                    f("%.1f", r.gemmGflops()), f("%.2f", r.gemmRatio()), f("%.1f", r.peakMemoryMegabytes()),
                    f("%.1f", r.estimatedMemoryMegabytes()), f("%.0f", r.pooledMegabytes()),
                    f("%.0f", r.rssPeakMegabytes()),
                    r.rssAtStep100Megabytes() == null ? "-" : f("%.0f", r.rssAtStep100Megabytes()),
                    f("%.0f", r.rssAtLastStepMegabytes())));
        }
        return "\n" + table.render();
    }

    private static final int PROFILE_LINES = 15;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Runs one case in a JVM of its own, with {@code threads} ND4J threads, so its memory figures and thread count
     * are its own; its output is copied to {@code out}.
     */
    private Optional<BenchResult> inOwnJvm(String backbone, double mask, int threadCount, PrintWriter out)
            throws IOException, InterruptedException {
        Path result = Files.createTempFile("vfe-bench-", ".json");
        try {
            List<String> jvmOptions = new ArrayList<>(JavaCommand.ownJvmOptions());
            if (jfr != null) {
                Files.createDirectories(jfr);
                jvmOptions.add(String.format(Locale.ROOT, "-XX:StartFlightRecording=filename=%s,settings=profile",
                        jfr.resolve(String.format(Locale.ROOT, "%s-mask-%.2f.jfr", backbone, mask)).toAbsolutePath()));
            }
            List<String> command = new ArrayList<>(JavaCommand.of(jvmOptions));
            command.addAll(List.of("bench", "--one-case", "--config", configFile.toString(), "--backbones", backbone,
                    "--mask", Double.toString(mask), "--steps", Integer.toString(steps), "--warmup",
                    Integer.toString(warmup), "--json", result.toString()));
            if (profile) {
                command.add("--profile");
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("OMP_NUM_THREADS", Integer.toString(threadCount));
            Process process = builder.start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(out::println);
            }
            out.flush();
            return process.waitFor() == 0 ? Optional.of(JSON.readValue(result.toFile(), BenchResult.class))
                    : Optional.empty();
        } finally {
            Files.deleteIfExists(result);
        }
    }

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
