package org.vfelab.experiments.cli;

import org.vfelab.experiments.trial.Composition;
import org.vfelab.spec.SpecException;
import org.vfelab.tracking.Tracker;
import org.vfelab.tracking.TrackingException;
import org.vfelab.experiments.sweep.SweepFile;
import org.vfelab.experiments.sweep.SweepFiles;
import org.vfelab.reports.page.ReportFiles;
import org.vfelab.reports.page.ReportWriter;
import org.vfelab.reports.results.ResultsTable;
import org.vfelab.reports.results.RunResults;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code vfe report}: the paper's figures, tables and findings, regenerated from a sweep's MLflow runs. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Regenerate figures (PNG and SVG), tables and findings from the MLflow runs of a sweep "
                + "(or of any experiment) into DIR: results.csv, figures/, report.md and a self-contained index.html.",
                "Exit codes: 0 written, 2 invalid sweep file or option, 3 tracking store unreachable."})
final class ReportCommand implements Callable<Integer> {

    @ArgGroup(multiplicity = "1")
    private Source source;

    @Option(names = "--tracking-uri", paramLabel = "URI",
            description = "Where the runs are (default: tracking.uri of the sweep's base descriptor, or 'mlruns').")
    private String trackingUri;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write the report to.")
    private Path out;

    @Spec
    private CommandSpec command;

    /** Either a sweep file or an experiment name. */
    static final class Source {
        @Parameters(index = "0", paramLabel = "SWEEP.yaml", arity = "0..1",
                description = "The sweep whose runs to report (its name is the MLflow experiment).")
        private Path sweep;

        @Option(names = "--experiment", paramLabel = "NAME", description = "Report the runs of this experiment.")
        private String experiment;
    }

    /** Where a sweep's runs go: the {@code tracking.uri} of its first arm's resolved descriptor. */
    static String trackingUri(SweepFile sweep) {
        return Composition.current().load(sweep.baseOf(sweep.arms().get(0)), sweep.common(), null).tracking().uri();
    }

    @Override
    public Integer call() {
        PrintWriter stdout = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        String experiment = source.experiment;
        String uri = trackingUri;
        if (source.sweep != null) {
            try {
                SweepFile sweep = SweepFiles.load(source.sweep);
                experiment = sweep.name();
                uri = uri != null ? uri : trackingUri(sweep);
            } catch (SpecException e) {
                err.println(e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        uri = uri != null ? uri : "mlruns";
        try {
            long start = System.nanoTime();
            Tracker tracker = Tracker.forUri(uri);
            ResultsTable results = RunResults.of(tracker, experiment);
            if (results.rows().isEmpty()) {
                err.println("vfe report: no runs of experiment '" + experiment + "' in " + tracker.describe());
                return ExitCodes.BAD_INPUT;
            }
            ReportFiles files = new ReportWriter(experiment, tracker.describe()).write(results, out);
            stdout.printf("vfe report: %d trials of '%s' -> %s (%.1f s)%n", results.rows().size(), experiment,
                    out, (System.nanoTime() - start) / 1e9);
            files.all().forEach(file -> stdout.println("  " + file));
            stdout.flush();
            return ExitCodes.OK;
        } catch (TrackingException e) {
            err.println("vfe report: tracking failed: " + e.getMessage());
            return ExitCodes.TRACKING_UNAVAILABLE;
        }
    }
}
