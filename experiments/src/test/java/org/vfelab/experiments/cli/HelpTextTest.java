package org.vfelab.experiments.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command's --help renders as written: picocli formats help texts, so a bare '%' garbles one. */
class HelpTextTest {

    @Test
    void everyCommandsHelpFormatsWithoutAWarning() {
        List<CommandLine> commands = new ArrayList<>();
        collect(VfeCommand.commandLine(), commands);
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        List<String> usages = new ArrayList<>();
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            commands.forEach(command -> usages.add(command.getUsageMessage()));
        } finally {
            System.setErr(stderr);
        }

        assertThat(commands).extracting(CommandLine::getCommandName).contains("reproduce", "cluster", "sweep");
        assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("Could not format");
        assertThat(usages).noneMatch(usage -> usage.contains("%n"));
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> {
            if (!all.contains(sub)) {
                collect(sub, all);
            }
        });
    }
}
