package org.dragoman.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dragoman.server.DiplomacyServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dragoman up}: ingest, then serve. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Ingests seeds/ (or the given paths), then serves the database over SPARQL.")
final class UpCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Article files or directories (default: seeds).")
    List<Path> paths;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}).", defaultValue = "3030")
    int port;

    @Option(names = "--config", description = "Fuseki configuration (default: ${DEFAULT-VALUE}).", defaultValue = "fuseki-config.ttl")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(Path.of("seeds")) : paths;
        int status = IngestCommand.run(spec, options, inputs);
        DiplomacyServer server = ServeCommand.start(spec.commandLine().getOut(), options.database.db, port, config, false, false);
        server.join();
        return status;
    }
}
