package org.dragoman.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dragoman.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman report}: one self-contained HTML overview page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes a self-contained HTML overview: who-met-whom network, timeline, counts per actor and type.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = {"-o", "--output"}, description = "HTML file to write (default: ${DEFAULT-VALUE}).", defaultValue = "report.html")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Files.writeString(output, new ReportWriter(database.existing().dataset()).html(), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("Wrote " + output.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
