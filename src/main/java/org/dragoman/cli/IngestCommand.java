package org.dragoman.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dragoman.ingest.Ingester;
import org.dragoman.store.DiplomacyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman ingest PATH...}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads article files or directories (*.txt) into the TDB2 database, one named graph per article.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
    List<Path> paths;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return run(spec, options, paths);
    }

    static int run(CommandSpec spec, PipelineOptions options, List<Path> paths) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (DiplomacyStore store = DiplomacyStore.open(options.database.db)) {
            Ingester.Report report = options.ingester(store).ingest(paths, !options.noProgress, err);
            out.printf("Ingested into %s: %d added, %d replaced, %d unchanged, %d failed (%.1f s)%n", options.database.db,
                    report.count("added"), report.count("replaced"), report.count("unchanged"), report.count("failed"),
                    report.elapsed().toMillis() / 1000.0);
            out.flush();
            return report.hasErrors() ? 1 : 0;
        }
    }
}
