package org.vfelab.experiments.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real {@code vfe} command line in-process and captures what it prints. */
record CliRunner(int exitCode, String out, String err) {

    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VfeCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRunner(code, out.toString(), err.toString());
    }
}
