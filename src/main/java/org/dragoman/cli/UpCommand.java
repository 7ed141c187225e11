package org.dragoman.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dragoman.ingest.Ingester;
import org.dragoman.server.DiplomacyServer;
import org.dragoman.store.DiplomacyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman up}: ingest, then serve, with the same warm pipeline. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Ingests seeds/ (or the given paths), then serves the database over SPARQL, with the ingest endpoint on "
                + "(see 'serve --help').")
final class UpCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Article files or directories (default: seeds).")
    List<Path> paths;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Mixin
    ServeCommand.ServerOptions server = new ServeCommand.ServerOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // The project's seeds, wherever the launcher is run from (the launcher names the project folder).
        Path seeds = Path.of(System.getProperty(HomeDefaults.PROPERTY, ".")).resolve("seeds").normalize();
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(seeds) : paths;
        // One ingester for both, so a pipeline loaded for the batch serves the posted articles too.
        Ingester ingester = options.ingester(DiplomacyStore.open(options.database.db));
        int status = IngestCommand.run(spec, options, inputs, ingester);
        DiplomacyServer running = server.start(spec.commandLine().getOut(), spec.commandLine().getErr(), options, ingester);
        running.join();
        return status;
    }
}
