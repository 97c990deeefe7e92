package org.vfelab.experiments.cli;

import org.vfelab.spec.SpecException;
import org.vfelab.tracking.Tracker;
import org.vfelab.tracking.TrackingException;
import org.vfelab.experiments.runner.CpuTrials;
import org.vfelab.experiments.runner.DeviceSlot;
import org.vfelab.experiments.runner.SparkUnavailableException;
import org.vfelab.experiments.runner.SweepOptions;
import org.vfelab.experiments.runner.SweepReport;
import org.vfelab.experiments.runner.SweepRunner;
import org.vfelab.experiments.sweep.PlannedTrial;
import org.vfelab.experiments.sweep.SweepFile;
import org.vfelab.experiments.sweep.SweepFiles;
import org.vfelab.experiments.sweep.SweepPlan;
import org.vfelab.reports.page.ReproductionReport;
import org.vfelab.reports.results.RunResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code vfe reproduce}: every findings sweep, resumably, then one report of the paper's six findings beside the
 * paper's own numbers. It is the one command that answers "does vfe-lab reproduce the paper?", and, being a series of
 * resumable sweeps, it can be stopped and rerun across sessions until everything has finished.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = {"Run the sweeps behind the paper's six findings (F1 scale-ladder, F4 fig3-base-to-large, "
                + "F2 table1, F3 fig2-backbones-masking, F5 fig4-samplers, F6 long-video), each resumable, then write "
                + "one report: a 'paper vs vfe-lab' table with every verdict, its effect (mean ± 95 %% CI, p), the "
                + "scale it was read at and the paper's number, each finding's evidence, and each sweep's full "
                + "report in a folder of its own.",
                "Rerunning skips every trial that has finished; Ctrl-C stops after writing the report of what has "
                        + "finished. The sweeps take hours on 2 cores (each file's header gives its measured time).",
                "Exit codes: 0 every sweep ran and the report was written, 1 some trial ended in error, 2 invalid "
                        + "sweep file or option, 3 tracking store unreachable, 130 interrupted."})
final class ReproduceCommand implements Callable<Integer> {

    private static final int INTERRUPTED = 130;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reproduction",
            description = "Where to write the report (default: ${DEFAULT-VALUE}): report.md, index.html and one "
                    + "folder per sweep.")
    private Path out;

    @Option(names = "--sweeps", paramLabel = "DIR", defaultValue = "experiments/sweeps",
            description = "The folder of the shipped sweep files (default: ${DEFAULT-VALUE}, from the repository "
                    + "root).")
    private Path sweepsDir;

    @Option(names = "--only", paramLabel = "ID", split = ",",
            description = "Run and report only these findings' sweeps, e.g. --only F1,F4.")
    private List<String> only;

    @Option(names = "--report-only", description = "Run nothing: write the report from the runs already stored.")
    private boolean reportOnly;

    @Option(names = "--max-parallel", paramLabel = "N",
            description = "Trials at once (default: one per core, as vfe sweep; fig3's ViT-L trials run one at a "
                    + "time whatever this says).")
    private Integer maxParallel;

    @Option(names = "--reuse-from", paramLabel = "SWEEP", split = ",",
            description = "More sweeps of the same store whose finished trials are copied instead of trained again "
                    + "when their key is the same (as vfe sweep --reuse-from); the findings sweeps already reuse each "
                    + "other's, e.g. fig2's unmasked backbones are Table 1's.")
    private List<String> reuseFrom = new ArrayList<>();

    @Option(names = "--tracking-uri", paramLabel = "URI",
            description = "Where runs go and are read from (default: each sweep's tracking.uri, 'mlruns').")
    private String trackingUri;

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        Map<FindingsSweeps, SweepFile> sweeps = new LinkedHashMap<>();
        List<String> reuseSources;
        try {
            for (FindingsSweeps entry : selected()) {
                Path file = sweepsDir.resolve(entry.file());
                if (!Files.isRegularFile(file)) {
                    err.println("vfe reproduce: " + file + " not found; run from the repository root or give "
                            + "--sweeps DIR");
                    return ExitCodes.BAD_INPUT;
                }
                sweeps.put(entry, SweepFiles.load(file));
            }
            reuseSources = reuseSources(sweeps);
        } catch (IllegalArgumentException | SpecException e) {
            err.println(e instanceof SpecException ? e.getMessage() : "vfe reproduce: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        boolean anyErrors = false;
        if (!reportOnly) {
            int index = 0;
            for (Map.Entry<FindingsSweeps, SweepFile> sweep : sweeps.entrySet()) {
                index++;
                stdout.printf("vfe reproduce: [%d/%d] %s for %s%n", index, sweeps.size(), sweep.getKey().file(),
                        sweep.getKey().findingId());
                stdout.flush();
                try {
                    SweepReport report = run(sweep.getValue(), sweep.getKey(), reuseSources, stdout);
                    if (report.trackingFailure().isPresent()) {
                        err.println("vfe reproduce: tracking failed: " + report.trackingFailure().get());
                        return ExitCodes.TRACKING_UNAVAILABLE;
                    }
                    anyErrors |= report.anyErrors();
                    if (report.interrupted()) {
                        stdout.println("vfe reproduce: interrupted; writing the report of what has finished");
                        write(sweeps, stdout, err);
                        return INTERRUPTED;
                    }
                } catch (TrackingException e) {
                    err.println("vfe reproduce: tracking failed: " + e.getMessage());
                    return ExitCodes.TRACKING_UNAVAILABLE;
                } catch (IOException e) {
                    err.println("vfe reproduce: cannot make a work directory for the trials: " + e.getMessage());
                    return ExitCodes.TRIAL_FAILED;
                }
            }
        }
        int written = write(sweeps, stdout, err);
        return written != ExitCodes.OK ? written : anyErrors ? ExitCodes.TRIAL_FAILED : ExitCodes.OK;
    }

    private List<FindingsSweeps> selected() {
        if (only == null || only.isEmpty()) {
            return FindingsSweeps.ALL;
        }
        List<String> ids = FindingsSweeps.ALL.stream().map(FindingsSweeps::findingId).toList();
        only.stream().filter(id -> !ids.contains(id)).findFirst().ifPresent(id -> {
            throw new IllegalArgumentException("--only " + id + ": no such finding; the findings are "
                    + String.join(", ", ids));
        });
        return FindingsSweeps.ALL.stream().filter(entry -> only.contains(entry.findingId())).toList();
    }

    /**
     * The sweeps whose finished trials a findings sweep copies: every findings sweep shipped in {@code --sweeps}
     * (its own name is left out by the runner), then those of {@code --reuse-from}. Only the files not
     * {@code loaded} already (those of findings left out by {@code --only}) are read.
     */
    private List<String> reuseSources(Map<FindingsSweeps, SweepFile> loaded) {
        List<String> names = new ArrayList<>();
        for (FindingsSweeps entry : FindingsSweeps.ALL) {
            Path file = sweepsDir.resolve(entry.file());
            if (loaded.containsKey(entry)) {
                names.add(loaded.get(entry).name());
            } else if (Files.isRegularFile(file)) {
                names.add(SweepFiles.load(file).name());
            }
        }
        names.addAll(reuseFrom);
        return names;
    }

    private SweepReport run(SweepFile sweep, FindingsSweeps entry, List<String> reuseSources, PrintWriter stdout)
            throws IOException, InterruptedException {
        List<PlannedTrial> trials = SweepPlan.expand(sweep);
        int parallel = entry.parallel(maxParallel != null ? maxParallel
                : CpuTrials.atOnce(System.getenv(), Runtime.getRuntime().availableProcessors()));
        SweepOptions options = new SweepOptions(DeviceSlot.parse("cpu"), parallel, Optional.empty(),
                Optional.empty(), false, Optional.ofNullable(trackingUri), JavaCommand.ownJvmOptions(),
                Optional.empty(), reuseSources);
        try {
            return new SweepRunner(options, JavaCommand.jvm(options.trialJvmOptions()), stdout,
                    System.console() != null).run(sweep, trials, trials.get(0).spec().tracking().uri());
        } catch (SparkUnavailableException e) {
            throw new IllegalStateException("the local runner does not use Spark, yet: " + e.getMessage(), e);
        }
    }

    private int write(Map<FindingsSweeps, SweepFile> sweeps, PrintWriter stdout, PrintWriter err) {
        try {
            List<ReproductionReport.Source> sources = new ArrayList<>();
            for (Map.Entry<FindingsSweeps, SweepFile> sweep : sweeps.entrySet()) {
                String uri = trackingUri != null ? trackingUri : ReportCommand.trackingUri(sweep.getValue());
                sources.add(new ReproductionReport.Source(sweep.getKey().findingId(), sweep.getValue().name(),
                        RunResults.of(Tracker.forUri(uri), sweep.getValue().name())));
            }
            List<Path> files = new ReproductionReport(Provenance.describe(Path.of("").toAbsolutePath()))
                    .write(sources, out);
            stdout.println("vfe reproduce: report of " + sources.size() + " findings -> " + out);
            files.forEach(file -> stdout.println("  " + file));
            stdout.flush();
            return ExitCodes.OK;
        } catch (TrackingException e) {
            err.println("vfe reproduce: tracking failed: " + e.getMessage());
            return ExitCodes.TRACKING_UNAVAILABLE;
        }
    }
}
