package org.dragoman.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dragoman} command line. */
@Command(name = "dragoman", mixinStandardHelpOptions = true, version = "dragoman 0.1.0",
        description = "Builds a knowledge graph of who met whom, who said what, where and when, from news articles.",
        subcommands = {IngestCommand.class, ServeCommand.class, UpCommand.class, QueryCommand.class,
                ExportCommand.class, EvalCommand.class, ValidateCommand.class, ReportCommand.class, BenchCommand.class, WikidataCommand.class, TrainCommand.class, StatusCommand.class, AnnotationsCommand.class, LoadCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests: {@code Main.commandLine().execute(...)}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        String home = System.getProperty(HomeDefaults.PROPERTY);
        if (home != null && !home.isBlank()) {
            cl.setDefaultValueProvider(new HomeDefaults(java.nio.file.Path.of(home)));
        }
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("DRAGOMAN_TRACE") != null) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ex instanceof org.dragoman.model.DragomanException ? 1 : 3;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
